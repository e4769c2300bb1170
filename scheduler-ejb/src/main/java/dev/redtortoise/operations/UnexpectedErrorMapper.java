package dev.redtortoise.operations;

import dev.redtortoise.platform.errors.ErrorReports;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.List;

/**
 * Anything else: JAX-RS's own errors keep their status; the rest is a 500 with an incident id, reported
 * (log and Sentry), never a stack trace.
 */
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    @Inject
    ErrorReports reports;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Problems.response(status, List.of(status == 404 ? "no such operation"
                    : "the request was refused (HTTP " + status + ")")).build();
        }
        String incident = reports.report(failure);
        return Problems.response(500, List.of("unexpected error, incident " + incident)).build();
    }
}
