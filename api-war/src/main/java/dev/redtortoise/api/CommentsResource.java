package dev.redtortoise.api;

import dev.redtortoise.accounts.boundary.Accounts;
import dev.redtortoise.accounts.entity.Account;
import dev.redtortoise.api.ContractJson.CommentJson;
import dev.redtortoise.articles.boundary.Comments;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

@Path("articles/{slug}/comments")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class CommentsResource {

    @Inject
    Comments comments;

    @Inject
    Accounts accounts;

    @Inject
    Viewer viewer;

    @GET
    public String list(@PathParam("slug") String slug) {
        return ContractJson.write(Map.of("comments",
                comments.of(slug, viewer.idOrNull()).stream().map(CommentJson::of).toList()));
    }

    @POST
    public String add(@PathParam("slug") String slug, String body) {
        Account author = viewer.required();
        RequestJson comment = RequestJson.of(body, "comment");
        String text = comment.string("body");
        comment.typesChecked();
        accounts.requireProfile(author);
        return ContractJson.write(Map.of("comment", CommentJson.of(comments.add(author.id(), slug, text))));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("slug") String slug, @PathParam("id") String id) {
        long viewerId = viewer.required().id();
        long commentId;
        try {
            commentId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Refusal.notFound("comment not found");
        }
        comments.delete(viewerId, slug, commentId);
        return Response.noContent().build();
    }
}
