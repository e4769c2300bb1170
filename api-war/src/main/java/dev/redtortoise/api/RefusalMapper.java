package dev.redtortoise.api;

import dev.redtortoise.platform.errors.Refusal;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** What the domain refused, with the contract's status codes. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        Response.ResponseBuilder response = Errors.response(status(refusal.kind()), refusal.messages());
        if (refusal.kind() == Refusal.Kind.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Token realm=\"conduit\"");
        }
        if (refusal.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, refusal.retryAfter().toSeconds()));
        }
        return response.build();
    }

    static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 422;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case TOO_MANY_ATTEMPTS -> 429;
            case UNAVAILABLE -> 503;
        };
    }
}
