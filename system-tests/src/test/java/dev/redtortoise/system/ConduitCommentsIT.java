package dev.redtortoise.system;

import dev.redtortoise.system.Conduit.User;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Comments on an article: added by anyone signed in, read by everyone, deleted only by their author. */
class ConduitCommentsIT {

    @Test
    void aCommentIsAnsweredWithIdTimestampsBodyAndAuthor() {
        User author = Conduit.register("host-");
        User commenter = Conduit.register("guest-");
        String slug = Conduit.createArticle(author, "Discuss " + Conduit.suffix()).getString("slug");

        HttpResponse<String> response = comment(slug, commenter, "First!");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject comment = Conduit.json(response).getJsonObject("comment");
        assertThat(comment.get("id").getValueType()).as("id type").isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(((JsonNumber) comment.get("id")).isIntegral()).as("id is an integer").isTrue();
        assertThat(comment.getString("body")).isEqualTo("First!");
        assertThat(comment.getString("createdAt")).matches(ConduitArticlesIT.TIMESTAMP);
        assertThat(comment.getString("updatedAt")).matches(ConduitArticlesIT.TIMESTAMP);
        assertThat(comment.getJsonObject("author").getString("username")).isEqualTo(commenter.username());
        assertThat(comment.getJsonObject("author").getBoolean("following")).isFalse();
    }

    @Test
    void commentsArePublicOldestFirst() throws Exception {
        User author = Conduit.register("storyteller-");
        String slug = Conduit.createArticle(author, "Thread " + Conduit.suffix()).getString("slug");
        long first = id(comment(slug, author, "one"));
        Thread.sleep(15);
        long second = id(comment(slug, author, "two"));

        HttpResponse<String> response = Conduit.get("/articles/" + slug + "/comments", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonObject> comments = Conduit.json(response).getJsonArray("comments").getValuesAs(JsonObject.class);
        assertThat(comments).extracting(comment -> comment.getJsonNumber("id").longValue()).containsExactly(first, second);
        assertThat(comments).extracting(comment -> comment.getString("body")).containsExactly("one", "two");
        Conduit.errors(Conduit.get("/articles/no-such-" + Conduit.suffix() + "/comments", null), 404);
    }

    @Test
    void commentsSentAtTheSameTimeAreAllKeptEachUnderItsOwnId() throws Exception {
        User author = Conduit.register("crowded-");
        String slug = Conduit.createArticle(author, "Crowded " + Conduit.suffix()).getString("slug");
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                String body = "at once " + i;
                sent.add(clients.submit(() -> comment(slug, author, body)));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<HttpResponse<String>> answer : sent) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
                ids.add(id(answer.get()));
            }
            assertThat(ids).as("distinct ids").hasSize(160);
        } finally {
            clients.shutdownNow();
        }
        assertThat(Conduit.json(Conduit.get("/articles/" + slug + "/comments", null)).getJsonArray("comments")).hasSize(160);
    }

    @Test
    void onlyTheCommentsAuthorMayDeleteIt() {
        User author = Conduit.register("moderated-");
        User commenter = Conduit.register("speaker-");
        String slug = Conduit.createArticle(author, "Moderated " + Conduit.suffix()).getString("slug");
        long id = id(comment(slug, commenter, "Mine to take back"));
        String path = "/articles/" + slug + "/comments/" + id;

        Conduit.errors(Conduit.delete(path, null), 401);
        Conduit.errors(Conduit.delete(path, author.token()), 403);
        HttpResponse<String> deleted = Conduit.delete(path, commenter.token());

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(Conduit.json(Conduit.get("/articles/" + slug + "/comments", null)).getJsonArray("comments")).isEmpty();
        Conduit.errors(Conduit.delete(path, commenter.token()), 404);
    }

    @Test
    void deletingAnUnknownMisspelledOrForeignCommentIs404() {
        User author = Conduit.register("careful-");
        String slug = Conduit.createArticle(author, "Here " + Conduit.suffix()).getString("slug");
        String elsewhere = Conduit.createArticle(author, "Elsewhere " + Conduit.suffix()).getString("slug");
        long foreign = id(comment(elsewhere, author, "On the other article"));
        long own = id(comment(slug, author, "On this article"));

        Conduit.errors(Conduit.delete("/articles/" + slug + "/comments/" + (Long.MAX_VALUE - 7), author.token()), 404);
        Conduit.errors(Conduit.delete("/articles/" + slug + "/comments/abc", author.token()), 404);
        Conduit.errors(Conduit.delete("/articles/" + slug + "/comments/" + foreign, author.token()), 404);
        Conduit.errors(Conduit.delete("/articles/no-such-" + Conduit.suffix() + "/comments/" + own, author.token()), 404);

        assertThat(Conduit.json(Conduit.get("/articles/" + elsewhere + "/comments", null)).getJsonArray("comments"))
                .as("the foreign comment survives").hasSize(1);
        assertThat(Conduit.json(Conduit.get("/articles/" + slug + "/comments", null)).getJsonArray("comments"))
                .as("this article's comment survives").hasSize(1);
    }

    @Test
    void commentingNeedsATokenAndAnExistingArticle() {
        User user = Conduit.register("commenter-");
        String slug = Conduit.createArticle(user, "Closed " + Conduit.suffix()).getString("slug");

        Conduit.errors(Conduit.post("/articles/" + slug + "/comments", null, body("anonymous")), 401);
        Conduit.errors(comment("no-such-" + Conduit.suffix(), user, "into the void"), 404);
    }

    private static HttpResponse<String> comment(String slug, User user, String text) {
        return Conduit.post("/articles/" + slug + "/comments", user.token(), body(text));
    }

    private static String body(String text) {
        return Conduit.wrapped("comment", Json.createObjectBuilder().add("body", text));
    }

    private static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return Conduit.json(created).getJsonObject("comment").getJsonNumber("id").longValueExact();
    }
}
