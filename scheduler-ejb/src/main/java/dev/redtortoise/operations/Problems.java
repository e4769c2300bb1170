package dev.redtortoise.operations;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Errors in the API's one format: {@code {"errors":{"body":["..."]}}}. */
final class Problems {

    private Problems() {
    }

    static Response.ResponseBuilder response(int status, List<String> messages) {
        var body = Json.createArrayBuilder();
        messages.forEach(body::add);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder()
                        .add("errors", Json.createObjectBuilder().add("body", body)).build().toString());
    }
}
