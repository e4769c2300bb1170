package dev.redtortoise.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which part of Red Tortoise this is ({@code rt.part} in each WAR's microprofile-config.properties), so a
 * check's result says whose pool or client it tested. Read while the application starts: health checks
 * run on the server's threads, where the application's own configuration is not in reach.
 */
@ApplicationScoped
public class Part {

    @Inject
    @ConfigProperty(name = "rt.part", defaultValue = "redtortoise")
    String name;

    void readAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        name();
    }

    public String name() {
        return name;
    }
}
