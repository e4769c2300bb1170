package dev.redtortoise.operations;

import dev.redtortoise.deadletters.boundary.DeadLetterQueues;
import dev.redtortoise.deadletters.entity.DeadLetter;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * The broker's dead letters: {@code GET /dead-letters} lists them (oldest first, bodies whole),
 * {@code POST /dead-letters/{id}/replay} sends one back to its original address, {@code DELETE
 * /dead-letters/{id}} discards it; both are recorded in the audit log under the caller's name.
 */
@Path("dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    @Inject
    DeadLetterQueues queues;

    @GET
    public String all() {
        var list = Json.createArrayBuilder();
        queues.list().forEach(letter -> list.add(json(letter)));
        return Json.createObjectBuilder().add("deadLetters", list).build().toString();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return json(queues.get(id)).build().toString();
    }

    @POST
    @Path("{id}/replay")
    public String replay(@PathParam("id") String id, @Context ContainerRequestContext request) {
        DeadLetter replayed = queues.replay(AdminOnly.actor(request), id);
        return json(replayed).add("replayedTo", replayed.originalAddress()).build().toString();
    }

    @DELETE
    @Path("{id}")
    public String discard(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return json(queues.discard(AdminOnly.actor(request), id)).build().toString();
    }

    static JsonObjectBuilder json(DeadLetter letter) {
        var properties = Json.createObjectBuilder();
        letter.properties().forEach(properties::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", letter.id())
                .add("queue", letter.queue())
                .add("originalAddress", letter.originalAddress())
                .add("topic", letter.topic())
                .add("sentAt", letter.sentAt().toString())
                .add("attempts", letter.attempts())
                .add("body", letter.body())
                .add("properties", properties);
        if (letter.type() != null) {
            json.add("type", letter.type());
        }
        if (letter.busId() != null) {
            json.add("busId", letter.busId());
        }
        return json;
    }
}
