package dev.redtortoise.api;

import dev.redtortoise.dashboard.boundary.ApiErrors;
import dev.redtortoise.platform.errors.Routes;
import dev.redtortoise.platform.metrics.BusinessMetrics;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.metrics.Timer;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts every response of the API at one point, for the console's dashboard and for {@code /metrics} alike:
 * error responses (4xx and 5xx, those of the exception mappers and of the filters that refuse early
 * included) go to the dashboard's hourly counts (an in-memory increment, written later, see {@link ApiErrors});
 * every response goes to the timer {@code rt_api_requests} of its route template, method and status. The
 * clock starts before any other filter runs. A timer is looked up once per route, method and status and kept,
 * so a request costs one map lookup and one timer update; a request no resource matched (a 404, a preflight,
 * a body refused before matching) counts under the route {@value #UNMATCHED}, and an unknown method as
 * {@code OTHER}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 300)
public class RequestCounting implements ContainerRequestFilter, ContainerResponseFilter {

    static final String UNMATCHED = "unmatched";
    private static final String STARTED = RequestCounting.class.getName() + ".started";

    private record Route(Method resource, String method, int status) {
    }

    @Inject
    ApiErrors errors;

    @Inject
    BusinessMetrics metrics;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    private final Map<Route, Timer> timers = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status >= 400) {
            errors.record(status);
        }
        if (request.getProperty(STARTED) instanceof Long started) {
            Method matched = resource.getResourceMethod();
            timers.computeIfAbsent(new Route(matched, method(request.getMethod()), status), route -> metrics.apiRequest(route.method(),
                            matched == null ? UNMATCHED : Routes.template(servletRequest, resource), route.status()))
                    .update(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The method as a tag: a client may send any word as its method, and each would be one more series. */
    static String method(String method) {
        return switch (method) {
            case "GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH" -> method;
            default -> "OTHER";
        };
    }
}
