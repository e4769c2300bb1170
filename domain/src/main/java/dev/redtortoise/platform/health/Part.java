package dev.redtortoise.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which part of Red Tortoise this is ({@code rt.part} in each WAR's microprofile-config.properties), so a
 * check's result says whose pool or client it tested. Read when the application has started, on its own
 * thread: health checks run on the server's threads, where the application's configuration is not in
 * reach, and a check that runs before the start names the part "starting" (never a wrong name).
 */
@ApplicationScoped
public class Part {

    static final String STARTING = "starting";

    private volatile String name = STARTING;

    void readAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        name = ConfigProvider.getConfig().getOptionalValue("rt.part", String.class).orElse("redtortoise");
    }

    public String name() {
        return name;
    }
}
