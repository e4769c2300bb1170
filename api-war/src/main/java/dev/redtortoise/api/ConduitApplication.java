package dev.redtortoise.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API lives at the WAR's context root, {@code /api}, as the Conduit contract's server URL says. */
@ApplicationPath("/")
public class ConduitApplication extends Application {
}
