package dev.redtortoise.api;

import dev.redtortoise.accounts.boundary.Accounts;
import dev.redtortoise.accounts.entity.Account;
import dev.redtortoise.api.ContractJson.ArticleJson;
import dev.redtortoise.articles.boundary.ArticlePage;
import dev.redtortoise.articles.boundary.ArticleView;
import dev.redtortoise.articles.boundary.Articles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

@Path("articles")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    @Inject
    Articles articles;

    @Inject
    Accounts accounts;

    @Inject
    Viewer viewer;

    @Inject
    RenderedLists rendered;

    /** Anonymous readers all get the same page object until content changes, so its JSON is made once per page. */
    @GET
    public byte[] list(@QueryParam("tag") String tag, @QueryParam("author") String author,
                       @QueryParam("favorited") String favorited,
                       @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        ArticlePage page = articles.list(tag, author, favorited, paging.offset(), paging.limit(), viewer.idOrNull());
        if (viewer.idOrNull() != null) {
            return listed(page).getBytes(StandardCharsets.UTF_8);
        }
        return rendered.json(RenderedLists.page(tag, author, favorited, paging), page, () -> listed(page));
    }

    @GET
    @Path("feed")
    public String feed(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        long id = viewer.required().id();
        Paging paging = Paging.of(offset, limit);
        return listed(articles.feed(id, paging.offset(), paging.limit()));
    }

    @POST
    public Response create(String body) {
        Account author = viewer.required();
        RequestJson article = RequestJson.of(body, "article");
        String title = article.string("title");
        String description = article.string("description");
        String text = article.string("body");
        List<String> tags = article.strings("tagList");
        article.typesChecked();
        accounts.requireProfile(author);
        return Response.status(Response.Status.CREATED)
                .entity(single(articles.create(author.id(), title, description, text, tags))).build();
    }

    @GET
    @Path("{slug}")
    public String get(@PathParam("slug") String slug) {
        return single(articles.get(slug, viewer.idOrNull()));
    }

    @PUT
    @Path("{slug}")
    public String edit(@PathParam("slug") String slug, String body) {
        long id = viewer.required().id();
        RequestJson article = RequestJson.of(body, "article");
        String title = article.string("title");
        String description = article.string("description");
        String text = article.string("body");
        article.typesChecked();
        return single(articles.edit(id, slug, title, description, text));
    }

    @DELETE
    @Path("{slug}")
    public Response delete(@PathParam("slug") String slug) {
        articles.delete(viewer.required().id(), slug);
        return Response.noContent().build();
    }

    @POST
    @Path("{slug}/favorite")
    public String favorite(@PathParam("slug") String slug) {
        return single(articles.favorite(viewer.required().id(), slug));
    }

    @DELETE
    @Path("{slug}/favorite")
    public String unfavorite(@PathParam("slug") String slug) {
        return single(articles.unfavorite(viewer.required().id(), slug));
    }

    private static String single(ArticleView view) {
        return ContractJson.write(Map.of("article", ArticleJson.of(view, true)));
    }

    private static String listed(ArticlePage page) {
        return ContractJson.write(Map.of(
                "articles", page.articles().stream().map(view -> ArticleJson.of(view, false)).toList(),
                "articlesCount", page.articlesCount()));
    }
}
