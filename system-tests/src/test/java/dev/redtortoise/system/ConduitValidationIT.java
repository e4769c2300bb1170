package dev.redtortoise.system;

import dev.redtortoise.system.Conduit.User;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API accepts: the limits of every field, all broken fields reported in one answer, and values that
 * look like MongoDB operators treated as plain text.
 */
class ConduitValidationIT {

    @Test
    void allInvalidRegistrationFieldsAreReportedTogether() {
        HttpResponse<String> response = Conduit.post("/users", null, Conduit.wrapped("user", Json.createObjectBuilder()
                .add("username", "").add("email", "not-an-email").add("password", Conduit.PASSWORD)));

        assertThat(Conduit.errors(response, 422)).contains("username can't be blank", "email is invalid");
    }

    @Test
    void registrationFieldsOutsideTheirLimitsAre422NamingTheLimit() {
        assertThat(registrationErrors("a".repeat(41), Conduit.unique("e") + "@mail.example", Conduit.PASSWORD))
                .contains("username is too long (maximum is 40 characters)");
        assertThat(registrationErrors("has space!" + Conduit.suffix(), Conduit.unique("e") + "@mail.example",
                Conduit.PASSWORD)).contains("username is invalid");
        assertThat(registrationErrors(Conduit.unique("u"), Conduit.unique("e") + "@" + "d".repeat(250) + ".example",
                Conduit.PASSWORD)).contains("email is too long (maximum is 254 characters)");
        assertThat(registrationErrors(Conduit.unique("u"), Conduit.unique("e") + "@nodot", Conduit.PASSWORD))
                .contains("email is invalid");
        assertThat(registrationErrors(Conduit.unique("u"), Conduit.unique("e") + "@mail.example", "short"))
                .contains("password is too short (minimum is 8 characters)");
        assertThat(registrationErrors(Conduit.unique("u"), Conduit.unique("e") + "@mail.example", "p".repeat(129)))
                .contains("password is too long (maximum is 128 characters)");
    }

    @Test
    void theLongestAllowedUsernameAndPasswordAreAccepted() {
        String atLimit = Conduit.unique("x".repeat(29) + "_.-");
        assertThat(atLimit).hasSize(40);
        HttpResponse<String> response = Conduit.post("/users", null, registration(atLimit,
                Conduit.unique("limit-") + "@mail.example", "p".repeat(128)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void profileFieldsOutsideTheirLimitsAre422() {
        User user = Conduit.register("profile-limits-");

        assertThat(updateErrors(user, Json.createObjectBuilder().add("bio", "b".repeat(2001))))
                .contains("bio is too long (maximum is 2000 characters)");
        assertThat(updateErrors(user, Json.createObjectBuilder().add("image", "https://img.example/" + "i".repeat(2000))))
                .contains("image is too long (maximum is 2000 characters)");
        assertThat(updateErrors(user, Json.createObjectBuilder().add("image", "javascript:alert(1)")))
                .contains("image is invalid");
        assertThat(updateErrors(user, Json.createObjectBuilder().add("image", "ftp://img.example/me.png")))
                .contains("image is invalid");

        HttpResponse<String> cleared = Conduit.put("/user", user.token(),
                Conduit.wrapped("user", Json.createObjectBuilder().add("image", "")));
        assertThat(cleared.statusCode()).as("an empty image is allowed: %s", cleared.body()).isEqualTo(200);
    }

    @Test
    void anArticleNeedsTitleDescriptionAndBodyWithinTheirLimits() {
        User author = Conduit.register("article-limits-");

        assertThat(articleErrors(author, Json.createObjectBuilder().add("title", " ").add("description", "")))
                .contains("title can't be blank", "description can't be blank", "body can't be blank");
        assertThat(articleErrors(author, article("t".repeat(201), "d", "b")))
                .contains("title is too long (maximum is 200 characters)");
        assertThat(articleErrors(author, article("t", "d".repeat(1001), "b")))
                .contains("description is too long (maximum is 1000 characters)");
        assertThat(articleErrors(author, article("t", "d", "b".repeat(100_001))))
                .contains("body is too long (maximum is 100000 characters)");
    }

    @Test
    void tooManyOrTooLongTagsAre422() {
        User author = Conduit.register("tag-limits-");
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 21; i++) {
            many.add("tag-" + i + "-" + Conduit.suffix());
        }

        assertThat(articleErrors(author, article("Many tags", "d", "b").add("tagList", many)))
                .anySatisfy(message -> assertThat(message).startsWith("tagList"));
        assertThat(articleErrors(author, article("Long tag", "d", "b")
                .add("tagList", Json.createArrayBuilder().add("t".repeat(41)))))
                .anySatisfy(message -> assertThat(message).startsWith("tagList"));
    }

    @Test
    void aCommentNeedsABodyOfAtMostTenThousandCharacters() {
        User author = Conduit.register("comment-limits-");
        String slug = Conduit.createArticle(author, "Commented " + Conduit.suffix()).getString("slug");
        String path = "/articles/" + slug + "/comments";

        assertThat(Conduit.errors(Conduit.post(path, author.token(),
                Conduit.wrapped("comment", Json.createObjectBuilder().add("body", "  "))), 422))
                .contains("body can't be blank");
        assertThat(Conduit.errors(Conduit.post(path, author.token(),
                Conduit.wrapped("comment", Json.createObjectBuilder().add("body", "c".repeat(10_001)))), 422))
                .contains("body is too long (maximum is 10000 characters)");
    }

    @Test
    void aJsonObjectWhereAStringBelongsIs422MustBeAString() {
        JsonObject operator = Json.createObjectBuilder().add("$gt", "").build();
        User user = Conduit.register("operator-");

        HttpResponse<String> login = Conduit.post("/users/login", null, Conduit.wrapped("user",
                Json.createObjectBuilder().add("email", user.email()).add("password", operator)));
        assertThat(Conduit.errors(login, 422)).contains("password must be a string");

        HttpResponse<String> loginByEmail = Conduit.post("/users/login", null, Conduit.wrapped("user",
                Json.createObjectBuilder().add("email", Json.createObjectBuilder().add("$ne", "x")).add("password", "x")));
        assertThat(Conduit.errors(loginByEmail, 422)).contains("email must be a string");

        assertThat(articleErrors(user, Json.createObjectBuilder().add("title", operator).add("description", "d")
                .add("body", "b"))).contains("title must be a string");
        assertThat(updateErrors(user, Json.createObjectBuilder().add("username", operator)))
                .contains("username must be a string");
    }

    @Test
    void operatorTextInATitleIsStoredAndReturnedLiterally() {
        User author = Conduit.register("literal-");
        String title = "{\"$gt\":\"\"} " + Conduit.suffix();

        JsonObject created = Conduit.createArticle(author, title);

        assertThat(created.getString("title")).isEqualTo(title);
        HttpResponse<String> read = Conduit.get("/articles/" + created.getString("slug"), null);
        assertThat(Conduit.json(read).getJsonObject("article").getString("title")).isEqualTo(title);
    }

    @Test
    void operatorTextInAQueryParameterMatchesNothing() {
        User author = Conduit.register("query-");
        Conduit.createArticle(author, "Visible " + Conduit.suffix(), "visible-" + Conduit.suffix());

        for (String filter : new String[] {"tag", "author", "favorited"}) {
            for (String operator : new String[] {"{\"$gt\":\"\"}", "{\"$ne\":null}", "[$ne]=x"}) {
                HttpResponse<String> list = Conduit.get("/articles?" + filter + "=" + Conduit.encode(operator), null);
                assertThat(list.statusCode()).as("%s=%s: %s", filter, operator, list.body()).isEqualTo(200);
                JsonObject body = Conduit.json(list);
                assertThat(body.getInt("articlesCount")).as("articles matching %s=%s", filter, operator).isZero();
                assertThat(body.getJsonArray("articles")).isEmpty();
            }
        }
    }

    private static List<String> registrationErrors(String username, String email, String password) {
        return Conduit.errors(Conduit.post("/users", null, registration(username, email, password)), 422);
    }

    private static List<String> updateErrors(User user, JsonObjectBuilder fields) {
        return Conduit.errors(Conduit.put("/user", user.token(), Conduit.wrapped("user", fields)), 422);
    }

    private static List<String> articleErrors(User author, JsonObjectBuilder fields) {
        return Conduit.errors(Conduit.post("/articles", author.token(), Conduit.wrapped("article", fields)), 422);
    }

    private static String registration(String username, String email, String password) {
        return Conduit.wrapped("user", Json.createObjectBuilder()
                .add("username", username).add("email", email).add("password", password));
    }

    private static JsonObjectBuilder article(String title, String description, String body) {
        return Json.createObjectBuilder().add("title", title).add("description", description).add("body", body);
    }
}
