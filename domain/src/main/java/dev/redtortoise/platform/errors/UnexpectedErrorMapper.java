package dev.redtortoise.platform.errors;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.inject.Inject;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.net.SocketException;
import java.sql.SQLException;
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

    /**
     * Whether a store could not be reached: MongoDB did not answer, or its connections were dropped after a
     * network error while the request waited for one (a pool cleared, a server no longer known); a socket was
     * refused or reset; PostgreSQL refused the connection (SQL state class 08) or is shutting down, crashed or
     * starting up (57P01-57P03); or the connection pool had no connection to give, as happens while PostgreSQL
     * is away and every request waits for one (the soak's PostgreSQL restart answered those as 500 before).
     */
    static boolean storeUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException
                    || cause instanceof MongoConnectionPoolClearedException
                    || cause instanceof MongoServerUnavailableException
                    || cause instanceof SocketException || cause instanceof SQLTransientConnectionException
                    || cause instanceof ResourceAllocationException
                    || cause instanceof SQLException sql && unreachableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachableState(String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
    }
}
