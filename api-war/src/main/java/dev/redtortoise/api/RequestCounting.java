package dev.redtortoise.api;

import dev.redtortoise.dashboard.boundary.ApiErrors;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts every error response of the API (4xx and 5xx, those of the exception mappers included) for the
 * console's dashboard. A success costs one comparison; an error one in-memory increment, written to the
 * database later in the background (see {@link ApiErrors}).
 */
@Provider
public class ErrorCounting implements ContainerResponseFilter {

    @Inject
    ApiErrors errors;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400) {
            errors.record(response.getStatus());
        }
    }
}
