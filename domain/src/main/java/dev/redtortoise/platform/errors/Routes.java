package dev.redtortoise.platform.errors;

import io.sentry.Sentry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;

import java.lang.reflect.AnnotatedElement;

/**
 * Names a JAX-RS request's Sentry scope and trace by the matched resource's template
 * ({@code GET /api/articles/{slug}}), so one route is one name whatever the slug. Listed in each JAX-RS
 * application's classes (no {@code @Provider}: in the EAR, scanning would apply it across modules).
 */
public class Routes implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!Sentry.isEnabled() || resource == null || resource.getResourceMethod() == null) {
            return;
        }
        String route = request.getMethod() + " " + template(servletRequest, resource);
        Sentry.configureScope(scope -> scope.setTransaction(route));
    }

    /** The matched resource method's template under the application's path, such as {@code /api/articles/{slug}}. */
    public static String template(HttpServletRequest servletRequest, ResourceInfo resource) {
        return template(servletRequest.getContextPath() + servletRequest.getServletPath(), resource.getResourceClass(),
                resource.getResourceMethod());
    }

    static String template(String base, AnnotatedElement resourceClass, AnnotatedElement method) {
        StringBuilder route = new StringBuilder(base);
        for (AnnotatedElement element : new AnnotatedElement[] {resourceClass, method}) {
            Path path = element.getAnnotation(Path.class);
            if (path != null && !path.value().isEmpty() && !path.value().equals("/")) {
                if (route.isEmpty() || route.charAt(route.length() - 1) != '/') {
                    route.append('/');
                }
                route.append(path.value().startsWith("/") ? path.value().substring(1) : path.value());
            }
        }
        return route.isEmpty() ? "/" : route.toString();
    }
}
