package dev.redtortoise.api;

import dev.redtortoise.settings.control.CurrentSettings;
import dev.redtortoise.settings.entity.SettingKey;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Cross-origin access for the origins of the setting {@code cors.origins} (console, else {@code RT_CORS_ORIGINS},
 * comma-separated; the SPA's), and only for them: preflights are answered here, before authentication, and
 * other responses carry the headers.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class Cors implements ContainerRequestFilter, ContainerResponseFilter {

    static final String METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    static final String HEADERS = "Authorization, Content-Type, X-Requested-With";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private final CurrentSettings settings;

    @Inject
    public Cors(CurrentSettings settings) {
        this.settings = settings;
    }

    /** Read from this part's settings in memory on each request, so a change in the console applies at once. */
    static boolean allowed(CurrentSettings settings, String origin) {
        return origin != null && settings.list(SettingKey.CORS_ORIGINS).contains(origin);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && origin != null
                && request.getHeaderString("Access-Control-Request-Method") != null) {
            Response.ResponseBuilder preflight = Response.noContent();
            if (allowed(settings, origin)) {
                preflight.header(ALLOW_ORIGIN, origin)
                        .header("Access-Control-Allow-Methods", METHODS)
                        .header("Access-Control-Allow-Headers", HEADERS)
                        .header("Access-Control-Max-Age", "600");
            }
            request.abortWith(preflight.header("Vary", "Origin").build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (allowed(settings, origin)) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle(ALLOW_ORIGIN, origin);
            headers.add("Vary", "Origin");
        }
    }
}
