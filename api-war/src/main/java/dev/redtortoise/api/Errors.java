package dev.redtortoise.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The contract's error body, {@code {"errors":{"body":["..."]}}}, for every failure. */
final class Errors {

    private Errors() {
    }

    static Response response(int status, String message) {
        return response(status, List.of(message)).build();
    }

    static Response.ResponseBuilder response(int status, List<String> messages) {
        JsonArrayBuilder body = Json.createArrayBuilder();
        messages.forEach(body::add);
        String json = Json.createObjectBuilder()
                .add("errors", Json.createObjectBuilder().add("body", body))
                .build()
                .toString();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json);
    }
}
