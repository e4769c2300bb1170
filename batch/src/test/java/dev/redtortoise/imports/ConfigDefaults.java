package dev.redtortoise.imports;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The settings of the artifacts under test, outside a server: each {@code @ConfigProperty} gets its
 * declared default value, as it does on Payara when nothing is configured.
 */
@Dependent
public class ConfigDefaults {

    @Produces
    @ConfigProperty
    Duration duration(InjectionPoint point) {
        return Duration.parse(defaultOf(point));
    }

    @Produces
    @ConfigProperty
    long number(InjectionPoint point) {
        return Long.parseLong(defaultOf(point));
    }

    @Produces
    @ConfigProperty
    int whole(InjectionPoint point) {
        return Integer.parseInt(defaultOf(point));
    }

    private static String defaultOf(InjectionPoint point) {
        return point.getAnnotated().getAnnotation(ConfigProperty.class).defaultValue();
    }
}
