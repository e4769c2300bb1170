package dev.redtortoise.system;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.redtortoise.system.Conduit.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** One article in MongoDB: its slug, shape, tags, who may change or delete it, and what goes with it. */
class ConduitArticlesIT {

    static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$");

    @Test
    void aNewArticleIs201WithSlugTimestampsAndItsAuthor() {
        User author = Conduit.register("writer-");
        String suffix = Conduit.suffix();
        String tag = "dragons-" + suffix;

        JsonObject article = Conduit.createArticle(author, "How to Train Your Dragon! " + suffix, tag);

        assertThat(article.getString("slug")).isEqualTo("how-to-train-your-dragon-" + suffix);
        assertThat(article.getString("title")).isEqualTo("How to Train Your Dragon! " + suffix);
        assertThat(article.getString("description")).isEqualTo("About How to Train Your Dragon! " + suffix);
        assertThat(article.getString("body")).isEqualTo("The story of How to Train Your Dragon! " + suffix);
        assertThat(tags(article)).containsExactly(tag);
        assertThat(article.getString("createdAt")).matches(TIMESTAMP);
        assertThat(article.getString("updatedAt")).matches(TIMESTAMP);
        assertThat(article.getBoolean("favorited")).isFalse();
        assertThat(article.getInt("favoritesCount")).isZero();
        JsonObject writer = article.getJsonObject("author");
        assertThat(writer.getString("username")).isEqualTo(author.username());
        assertThat(writer.getString("bio")).isEmpty();
        assertThat(writer.getString("image")).isEmpty();
        assertThat(writer.getBoolean("following")).isFalse();
    }

    @Test
    void aSecondArticleWithTheSameTitleGetsItsOwnSlug() {
        User author = Conduit.register("repeater-");
        String title = "  How to Train Your Dragon!  " + Conduit.suffix() + " ";
        String first = Conduit.createArticle(author, title).getString("slug");

        String second = Conduit.createArticle(author, title).getString("slug");

        assertThat(first).matches("how-to-train-your-dragon-[a-z0-9]{8}");
        assertThat(second).startsWith(first + "-").isNotEqualTo(first);
        assertThat(Conduit.get("/articles/" + first, null).statusCode()).isEqualTo(200);
        assertThat(Conduit.get("/articles/" + second, null).statusCode()).isEqualTo(200);
    }

    @Test
    void tagsAreTrimmedDeduplicatedAndSortedWithBlankOnesDropped() {
        User author = Conduit.register("tagger-");
        String suffix = Conduit.suffix();

        JsonObject article = Conduit.createArticle(author, "Tagged " + suffix,
                " zeta-" + suffix, "alpha-" + suffix, "alpha-" + suffix + "  ", "", "   ", "mid-" + suffix);

        assertThat(tags(article)).containsExactly("alpha-" + suffix, "mid-" + suffix, "zeta-" + suffix);
        assertThat(tags(Conduit.json(Conduit.get("/articles/" + article.getString("slug"), null))
                .getJsonObject("article"))).containsExactly("alpha-" + suffix, "mid-" + suffix, "zeta-" + suffix);
    }

    @Test
    void anArticleIsPublicAndAnUnknownSlugIs404() {
        User author = Conduit.register("public-writer-");
        String slug = Conduit.createArticle(author, "Open to all " + Conduit.suffix()).getString("slug");

        HttpResponse<String> read = Conduit.get("/articles/" + slug, null);

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Conduit.json(read).getJsonObject("article").getString("slug")).isEqualTo(slug);
        Conduit.errors(Conduit.get("/articles/no-such-" + Conduit.suffix(), null), 404);
    }

    @Test
    void onlyTheAuthorMayUpdateAndANewTitleMovesTheSlug() throws Exception {
        User author = Conduit.register("editor-");
        User stranger = Conduit.register("meddler-");
        JsonObject original = Conduit.createArticle(author, "First draft " + Conduit.suffix());
        String slug = original.getString("slug");
        String newTitle = "Final version " + Conduit.suffix();
        String change = Conduit.wrapped("article", Json.createObjectBuilder().add("title", newTitle).add("body", "Edited"));

        Conduit.errors(Conduit.put("/articles/" + slug, null, change), 401);
        Conduit.errors(Conduit.put("/articles/" + slug, stranger.token(), change), 403);
        Thread.sleep(20); // so that a new updatedAt differs at millisecond precision
        HttpResponse<String> updated = Conduit.put("/articles/" + slug, author.token(), change);

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonObject article = Conduit.json(updated).getJsonObject("article");
        String newSlug = article.getString("slug");
        assertThat(newSlug).isNotEqualTo(slug).startsWith("final-version-");
        assertThat(article.getString("title")).isEqualTo(newTitle);
        assertThat(article.getString("body")).isEqualTo("Edited");
        assertThat(article.getString("description")).isEqualTo(original.getString("description"));
        assertThat(article.getString("createdAt")).isEqualTo(original.getString("createdAt"));
        assertThat(article.getString("updatedAt")).matches(TIMESTAMP).isNotEqualTo(original.getString("updatedAt"));
        Conduit.errors(Conduit.get("/articles/" + slug, null), 404);
        assertThat(Conduit.get("/articles/" + newSlug, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aBlankTitleOnUpdateIs422() {
        User author = Conduit.register("blanker-");
        String slug = Conduit.createArticle(author, "Keep my title " + Conduit.suffix()).getString("slug");

        HttpResponse<String> response = Conduit.put("/articles/" + slug, author.token(),
                Conduit.wrapped("article", Json.createObjectBuilder().add("title", "  ")));

        assertThat(Conduit.errors(response, 422)).contains("title can't be blank");
        assertThat(Conduit.get("/articles/" + slug, null).statusCode()).as("the article is unchanged").isEqualTo(200);
    }

    @Test
    void deletingAnArticleTakesItsCommentsAndFavoritesWithIt() {
        User author = Conduit.register("remover-");
        User reader = Conduit.register("mourner-");
        String slug = Conduit.createArticle(author, "Short-lived " + Conduit.suffix()).getString("slug");
        assertThat(Conduit.post("/articles/" + slug + "/comments", reader.token(),
                "{\"comment\":{\"body\":\"Nice while it lasted\"}}").statusCode()).isEqualTo(200);
        assertThat(Conduit.post("/articles/" + slug + "/favorite", reader.token(), null).statusCode()).isEqualTo(200);
        MongoDatabase mongo = Conduit.mongo();
        Document stored = mongo.getCollection("articles").find(Filters.eq("slug", slug)).first();
        assertThat(stored).as("the article document of %s", slug).isNotNull();
        String articleId = idOf(stored);
        assertThat(mongo.getCollection("comments").countDocuments(Filters.eq("articleId", articleId)))
                .as("comments stored under articleId %s before deletion", articleId).isEqualTo(1);
        assertThat(mongo.getCollection("favorites").countDocuments(Filters.eq("articleId", articleId)))
                .as("favorites stored under articleId %s before deletion", articleId).isEqualTo(1);

        Conduit.errors(Conduit.delete("/articles/" + slug, null), 401);
        Conduit.errors(Conduit.delete("/articles/" + slug, reader.token()), 403);
        HttpResponse<String> deleted = Conduit.delete("/articles/" + slug, author.token());

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        Conduit.errors(Conduit.get("/articles/" + slug, null), 404);
        assertThat(mongo.getCollection("comments").countDocuments(Filters.eq("articleId", articleId))).isZero();
        assertThat(mongo.getCollection("favorites").countDocuments(Filters.eq("articleId", articleId))).isZero();
        Conduit.errors(Conduit.delete("/articles/" + slug, author.token()), 404);
    }

    private static String idOf(Document article) {
        Object id = article.get("_id");
        return id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id);
    }

    private static List<String> tags(JsonObject article) {
        return article.getJsonArray("tagList").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
