package dev.redtortoise.api;

import dev.redtortoise.platform.errors.RefusalMapper;
import dev.redtortoise.platform.errors.Routes;
import dev.redtortoise.platform.errors.UnexpectedErrorMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;
import java.util.Set;

/**
 * The API lives at the WAR's context root, {@code /api}, as the Conduit contract's server URL says.
 * Request bodies are validated by the domain and responses written as JSON text by the resources, so
 * Jersey's own bean validation and WADL are switched off: they cost time on every request. Its classes
 * are listed, not scanned: inside the EAR, scanning also finds the JAX-RS classes of other modules (the
 * orchestration part's operations endpoint and its filter).
 */
@ApplicationPath("/")
public class ConduitApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(UsersResource.class, ProfilesResource.class, ArticlesResource.class, CommentsResource.class,
                TagsResource.class, ApiDocsResource.class, Authentication.class, BodyLimit.class, WriteLimit.class, Cors.class,
                RequestCounting.class,
                RefusalMapper.class, UnexpectedErrorMapper.class, Routes.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.beanValidation.disable.server", true,
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.monitoring.statistics.enabled", false);
    }
}
