package dev.redtortoise.operations;

import dev.redtortoise.platform.errors.RefusalMapper;
import dev.redtortoise.platform.errors.Routes;
import dev.redtortoise.platform.errors.UnexpectedErrorMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import java.util.Set;

/**
 * {@code /orchestration/ops}. Its classes are listed, and its filter and mappers carry no {@code @Provider}:
 * inside the EAR, other modules' JAX-RS applications would otherwise find them and apply them to their own
 * requests.
 */
@ApplicationPath("ops")
public class OperationsApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(JobsResource.class, FeedSourcesResource.class, DeletedArticlesResource.class,
                GeoPolicyResource.class, SettingsResource.class, SchedulesResource.class,
                DeadLettersResource.class, FeedDryRunResource.class, ModerationResource.class,
                AdminOnly.class, RefusalMapper.class, UnexpectedErrorMapper.class, Routes.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true,
                "jersey.config.beanValidation.disable.server", true);
    }
}
