package dev.redtortoise.operations;

import dev.redtortoise.articles.boundary.Moderation;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Deleted articles, kept until the purge job removes them: {@code GET /deleted-articles} lists the most
 * recently deleted (with who deleted each and, for staff, why), {@code POST /deleted-articles/{id}/restore}
 * puts one back with its comments and favorites, recorded in the audit log under the caller's name: the
 * console's trash does the same through the same boundary.
 */
@Path("deleted-articles")
@Produces(MediaType.APPLICATION_JSON)
public class DeletedArticlesResource {

    static final int LISTED = 100;

    @Inject
    Moderation moderation;

    @GET
    public String recent() {
        var list = Json.createArrayBuilder();
        moderation.deleted(LISTED).forEach(deleted -> list.add(OperationsJson.deleted(deleted)));
        return Json.createObjectBuilder().add("deletedArticles", list).build().toString();
    }

    @POST
    @Path("{id}/restore")
    public String restore(@PathParam("id") String id, @Context ContainerRequestContext request) {
        return Json.createObjectBuilder().add("slug", moderation.restore(AdminOnly.actor(request), id)).build().toString();
    }
}
