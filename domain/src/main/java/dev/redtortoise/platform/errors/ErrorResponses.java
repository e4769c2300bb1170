package dev.redtortoise.platform.errors;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Every REST surface's one error format, the Conduit contract's: {@code {"errors":{"body":["..."]}}}. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response response(int status, String message) {
        return response(status, List.of(message)).build();
    }

    public static Response.ResponseBuilder response(int status, List<String> messages) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json(messages));
    }

    /** The body alone, for a door that answers before any JAX-RS code runs (a servlet filter). */
    public static String json(List<String> messages) {
        JsonArrayBuilder body = Json.createArrayBuilder();
        messages.forEach(body::add);
        return Json.createObjectBuilder()
                .add("errors", Json.createObjectBuilder().add("body", body))
                .build()
                .toString();
    }
}
