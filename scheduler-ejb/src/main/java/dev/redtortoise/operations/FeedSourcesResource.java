package dev.redtortoise.operations;

import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.entity.FeedSource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;

/**
 * Feed sources and their mapping rules; invalid settings or rules are refused with every reason. Changes are
 * audited under the caller's name; a new source without a reject share gets the setting's.
 */
@Path("sources")
@Produces(MediaType.APPLICATION_JSON)
public class FeedSourcesResource {

    static final int DEFAULT_INTERVAL_SECONDS = 3600;

    @Inject
    FeedSources sources;

    @GET
    public String all() {
        var list = Json.createArrayBuilder();
        sources.all().forEach(source -> list.add(OperationsJson.sourceObject(source)));
        return Json.createObjectBuilder().add("sources", list).build().toString();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return OperationsJson.source(sources.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String body, @Context ContainerRequestContext request) {
        JsonObject json = OperationsJson.object(body);
        FeedSource source = sources.add(AdminOnly.actor(request), OperationsJson.string(json, "name", null),
                OperationsJson.string(json, "location", null), OperationsJson.string(json, "owner", null),
                OperationsJson.flag(json, "enabled", true),
                Duration.ofSeconds(OperationsJson.number(json, "intervalSeconds", DEFAULT_INTERVAL_SECONDS)),
                OperationsJson.number(json, "maxRejectPercent", sources.defaultRejectPercent()),
                OperationsJson.rules(json.get("rules")));
        return Response.status(201).entity(OperationsJson.source(source)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String change(@PathParam("id") long id, String body, @Context ContainerRequestContext request) {
        JsonObject json = OperationsJson.object(body);
        FeedSource current = sources.get(id);
        return OperationsJson.source(sources.change(AdminOnly.actor(request), id, OperationsJson.string(json, "name", current.name()),
                OperationsJson.string(json, "location", current.location()),
                OperationsJson.flag(json, "enabled", current.enabled()),
                Duration.ofSeconds(OperationsJson.number(json, "intervalSeconds", (int) current.interval().toSeconds())),
                OperationsJson.number(json, "maxRejectPercent", current.maxRejectPercent())));
    }

    @PUT
    @Path("{id}/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public String rules(@PathParam("id") long id, String body, @Context ContainerRequestContext request) {
        return OperationsJson.source(sources.rules(AdminOnly.actor(request), id,
                OperationsJson.rules(OperationsJson.value(body))));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id, @Context ContainerRequestContext request) {
        sources.remove(AdminOnly.actor(request), id);
        return Response.noContent().build();
    }
}
