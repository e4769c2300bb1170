package dev.redtortoise.api;

import dev.redtortoise.platform.errors.ErrorReports;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;

/**
 * Every failure leaves as the contract's JSON error, never as a stack trace or an HTML page. Unexpected
 * ones are reported with an incident id that the response repeats, so support can find them.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    @Inject
    ErrorReports reports;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return error(status, Response.Status.fromStatusCode(status) == null
                    ? "request failed" : Response.Status.fromStatusCode(status).getReasonPhrase().toLowerCase());
        }
        String incident = UUID.randomUUID().toString();
        reports.report(incident, failure);
        return error(500, "unexpected error, incident " + incident);
    }

    static Response error(int status, String message) {
        var body = Json.createObjectBuilder()
                .add("errors", Json.createObjectBuilder().add("body", Json.createArrayBuilder().add(message)))
                .build();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.toString()).build();
    }
}
