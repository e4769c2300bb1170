package dev.redtortoise.system;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soft delete against the running stack: a deleted article leaves the API at once but is kept, with its
 * comments and favorites, until the operations endpoint restores it or the purge job removes it after its
 * retention; a deleted imported article is not imported again.
 */
class DeletedArticlesIT {

    @Test
    void aDeletedArticleIsKeptAndRestoredWithItsCommentsAndFavorites() {
        Conduit.User author = Conduit.register("deleter");
        Conduit.User reader = Conduit.register("mourner");
        JsonObject article = Conduit.createArticle(author, Conduit.unique("Deleted then restored "), "restorable");
        String slug = article.getString("slug");
        assertThat(Conduit.post("/articles/" + slug + "/comments", reader.token(), Conduit.wrapped("comment",
                Json.createObjectBuilder().add("body", "Keep this"))).statusCode()).isEqualTo(200);
        assertThat(Conduit.post("/articles/" + slug + "/favorite", reader.token(), null).statusCode()).isEqualTo(200);

        assertThat(Conduit.delete("/articles/" + slug, author.token()).statusCode()).isEqualTo(204);
        assertThat(Conduit.get("/articles/" + slug, null).statusCode()).isEqualTo(404);
        assertThat(Conduit.get("/articles/" + slug + "/comments", null).statusCode()).isEqualTo(404);
        assertThat(Conduit.slugs(Conduit.json(Conduit.get("/articles?tag=restorable", null)))).doesNotContain(slug);
        String id = Conduit.mongo().getCollection("deleted_articles").find(Filters.eq("article.slug", slug)).first()
                .getString("_id");
        assertThat(Conduit.mongo().getCollection("comments").countDocuments(Filters.eq("articleId", id))).isZero();
        assertThat(Conduit.mongo().getCollection("favorites").countDocuments(Filters.eq("articleId", id))).isZero();

        JsonObject listed = Operations.json(Operations.admin("GET", "/deleted-articles", null), 200)
                .getJsonArray("deletedArticles").getValuesAs(JsonObject.class).stream()
                .filter(deleted -> deleted.getString("id").equals(id)).findFirst().orElseThrow();
        assertThat(listed.getString("slug")).isEqualTo(slug);
        assertThat(listed.getJsonNumber("deletedBy").longValue()).isEqualTo(author.id());
        assertThat(listed.getInt("comments")).isOne();
        assertThat(listed.getInt("favorites")).isOne();

        assertThat(Operations.json(Operations.admin("POST", "/deleted-articles/" + id + "/restore", null), 200)
                .getString("slug")).isEqualTo(slug);
        JsonObject restored = Conduit.json(Conduit.get("/articles/" + slug, reader.token())).getJsonObject("article");
        assertThat(restored.getInt("favoritesCount")).isOne();
        assertThat(restored.getBoolean("favorited")).isTrue();
        assertThat(Conduit.json(Conduit.get("/articles/" + slug + "/comments", null)).getJsonArray("comments")
                .getJsonObject(0).getString("body")).isEqualTo("Keep this");
        assertThat(Conduit.json(Conduit.get("/tags", null)).getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString)).contains("restorable");
        assertThat(Operations.admin("POST", "/deleted-articles/" + id + "/restore", null).statusCode())
                .as("restoring twice").isEqualTo(404);
    }

    @Test
    void aRestoredArticleWhoseSlugWasTakenGetsAFreeOne() {
        Conduit.User author = Conduit.register("retitler");
        String title = Conduit.unique("Taken slug ");
        String slug = Conduit.createArticle(author, title).getString("slug");
        String id = Conduit.mongo().getCollection("articles").find(Filters.eq("slug", slug)).first().getString("_id");
        assertThat(Conduit.delete("/articles/" + slug, author.token()).statusCode()).isEqualTo(204);
        assertThat(Conduit.createArticle(author, title).getString("slug")).as("the slug is free again").isEqualTo(slug);

        String restored = Operations.json(Operations.admin("POST", "/deleted-articles/" + id + "/restore", null), 200)
                .getString("slug");
        assertThat(restored).isNotEqualTo(slug).startsWith(slug + "-");
        assertThat(Conduit.json(Conduit.get("/articles/" + restored, null)).getJsonObject("article").getString("title"))
                .isEqualTo(title);
    }

    @Test
    void aDeletedImportedArticleIsNotImportedAgain() throws Exception {
        Conduit.User owner = Conduit.register("curator");
        Path file = Files.createTempFile("deleted-it", ".ndjson");
        Files.write(file, List.of("{\"id\":\"keep\",\"title\":\"Kept\",\"body\":\"<p>k</p>\"}",
                "{\"id\":\"spam\",\"title\":\"Spam\",\"body\":\"<p>s</p>\"}"));
        long source = Operations.addSource(Conduit.unique("deleting-"), "/bulk/deleting.ndjson", owner.username(), 10, "[]")
                .getJsonNumber("id").longValue();
        String parameters = "{\"source\":\"" + source + "\",\"file\":\"" + file + "\"}";
        assertThat(Operations.awaitEnd(Operations.start("bulk-import", parameters), PipelineIT.RUN).getString("status"))
                .isEqualTo("COMPLETED");
        Document spam = PipelineIT.imported(source).stream().filter(doc -> doc.getString("itemId").equals("spam"))
                .findFirst().orElseThrow();
        assertThat(Conduit.delete("/articles/" + spam.getString("slug"), owner.token()).statusCode()).isEqualTo(204);

        Files.write(file, List.of("{\"id\":\"keep\",\"title\":\"Kept\",\"body\":\"<p>k</p>\"}",
                "{\"id\":\"spam\",\"title\":\"Spam, edited\",\"body\":\"<p>s</p>\"}",
                "{\"id\":\"new\",\"title\":\"New\",\"body\":\"<p>n</p>\"}"));
        JsonObject again = Operations.awaitEnd(Operations.start("bulk-import", parameters), PipelineIT.RUN);
        assertThat(again.getString("status")).isEqualTo("COMPLETED");
        assertThat(PipelineIT.imported(source).stream().map(doc -> doc.getString("itemId")))
                .containsExactlyInAnyOrder("keep", "new");
    }

    @Test
    void thePurgeJobRemovesDeletedArticlesAfterTheirRetentionOnly() throws Exception {
        MongoCollection<Document> deleted = Conduit.mongo().getCollection("deleted_articles");
        String expired = Conduit.unique("expired-");
        long longAgo = Instant.now().minus(Duration.ofDays(31)).toEpochMilli();
        deleted.insertOne(new Document("_id", expired).append("deletedAt", longAgo).append("deletedBy", 1L)
                .append("article", new Document("_id", expired).append("slug", expired).append("title", "t")
                        .append("authorId", 1L))
                .append("comments", List.of()).append("favorites", List.of()));
        Conduit.User author = Conduit.register("recent-deleter");
        String slug = Conduit.createArticle(author, Conduit.unique("Deleted just now ")).getString("slug");
        assertThat(Conduit.delete("/articles/" + slug, author.token()).statusCode()).isEqualTo(204);

        JsonObject run = Operations.awaitEnd(Operations.start("purge", "{}"), PipelineIT.RUN);
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getJsonArray("steps").getJsonObject(0).getString("exitStatus")).containsPattern(", and [1-9]\\d* articles deleted before ");
        assertThat(deleted.countDocuments(Filters.eq("_id", expired))).isZero();
        assertThat(deleted.countDocuments(Filters.eq("article.slug", slug))).isOne();
    }
}
