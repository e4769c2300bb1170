package dev.redtortoise.operations;

import dev.redtortoise.platform.errors.Refusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** What the domain refused, as JSON with its status. */
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        int status = switch (refusal.kind()) {
            case INVALID -> 422;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case TOO_MANY_ATTEMPTS -> 429;
            case UNAVAILABLE -> 503;
        };
        return Problems.response(status, refusal.messages()).build();
    }
}
