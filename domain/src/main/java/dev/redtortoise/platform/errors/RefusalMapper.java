package dev.redtortoise.platform.errors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * What the domain refused, with the contract's status codes, on every REST surface (the API and the
 * operations endpoint). Listed in each JAX-RS application's classes, not scanned.
 */
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        Response.ResponseBuilder response = ErrorResponses.response(status(refusal.kind()), refusal.messages());
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
