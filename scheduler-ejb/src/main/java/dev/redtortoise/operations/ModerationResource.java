package dev.redtortoise.operations;

import dev.redtortoise.articles.boundary.Moderation;
import dev.redtortoise.articles.entity.ArticleSearch;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Content moderation for automation, through the boundary the console's moderation view calls:
 * {@code GET /articles?q=&author=&tag=&source=&offset=&limit=} finds articles newest first ({@code q} title
 * words or a slug, {@code source} {@code api} or a feed source id), {@code GET /articles/{id}} shows one with
 * its provenance, {@code POST /articles/{id}/delete} with {@code {"reason":"…"}} moves it into the trash
 * and {@code POST /articles/{id}/comments/{comment}/delete} with a reason removes a comment, both recorded in
 * the audit log. (A POST, as restoring is: here a DELETE carrying a body was answered 400 before it reached
 * the resource.)
 */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    static final int LIMIT_DEFAULT = 20;
    static final int LIMIT_MAX = 100;

    @Inject
    Moderation moderation;

    @GET
    public String find(@QueryParam("q") String text, @QueryParam("author") String author, @QueryParam("tag") String tag,
                       @QueryParam("source") String source, @QueryParam("offset") String offset,
                       @QueryParam("limit") String limit) {
        ArticleSearch search = new ArticleSearch(text, author, tag, origin(source));
        var list = Json.createArrayBuilder();
        moderation.page(search, whole("offset", offset, 0, 0), Math.min(whole("limit", limit, LIMIT_DEFAULT, 1), LIMIT_MAX))
                .forEach(article -> list.add(OperationsJson.article(article)));
        return Json.createObjectBuilder().add("articles", list).add("articlesCount", moderation.count(search))
                .build().toString();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return OperationsJson.article(moderation.article(id)).add("commentsCount", moderation.commentCount(id))
                .build().toString();
    }

    @POST
    @Path("{id}/delete")
    public void delete(@PathParam("id") String id, String body, @Context ContainerRequestContext request) {
        moderation.deleteArticle(AdminOnly.actor(request), id, reason(body));
    }

    @POST
    @Path("{id}/comments/{comment}/delete")
    public void deleteComment(@PathParam("id") String id, @PathParam("comment") long comment, String body,
                              @Context ContainerRequestContext request) {
        moderation.deleteComment(AdminOnly.actor(request), id, comment, reason(body));
    }

    static ArticleSearch.Origin origin(String source) {
        if (source == null || source.isBlank()) {
            return ArticleSearch.Origin.ANY;
        }
        if (source.strip().equalsIgnoreCase("api")) {
            return ArticleSearch.Origin.API;
        }
        try {
            return ArticleSearch.Origin.source(Long.parseLong(source.strip()));
        } catch (NumberFormatException e) {
            throw Refusal.invalid("source must be 'api' or a feed source id");
        }
    }

    private static String reason(String body) {
        return body == null || body.isBlank() ? null : OperationsJson.string(OperationsJson.object(body), "reason", null);
    }

    private static int whole(String name, String given, int otherwise, int min) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(given.strip());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.invalid(name + " must be a whole number of at least " + min);
    }
}
