package dev.redtortoise.operations;

import dev.redtortoise.articles.boundary.Articles;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Deleted articles, kept until the purge job removes them: {@code GET /deleted-articles} lists the most
 * recently deleted, {@code POST /deleted-articles/{id}/restore} puts one back with its comments and favorites.
 */
@Path("deleted-articles")
@Produces(MediaType.APPLICATION_JSON)
public class DeletedArticlesResource {

    static final int LISTED = 100;

    @Inject
    Articles articles;

    @GET
    public String recent() {
        var list = Json.createArrayBuilder();
        articles.deleted(LISTED).forEach(deleted -> list.add(OperationsJson.deleted(deleted)));
        return Json.createObjectBuilder().add("deletedArticles", list).build().toString();
    }

    @POST
    @Path("{id}/restore")
    public String restore(@PathParam("id") String id) {
        return Json.createObjectBuilder().add("slug", articles.restore(id)).build().toString();
    }
}
