package dev.redtortoise.platform.errors;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;

/**
 * Every other failure on every REST surface leaves as the contract's JSON error, never as a stack trace or
 * an HTML page. A store that cannot be reached is a 503 (try again); anything else unexpected is reported
 * with an incident id that the response repeats, so support can find it. Listed in each JAX-RS
 * application's classes, not scanned.
 */
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    @Inject
    ErrorReports reports;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            return ErrorResponses.response(status, known == null ? "request failed" : known.getReasonPhrase().toLowerCase());
        }
        if (storeUnreachable(failure)) {
            return ErrorResponses.response(503, "a data store is unavailable; try again shortly");
        }
        String incident = reports.report(failure);
        return ErrorResponses.response(500, "unexpected error, incident " + incident);
    }

    static boolean storeUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException
                    || cause instanceof ConnectException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
