package dev.redtortoise.system;

import dev.redtortoise.system.Conduit.User;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's protocol rules, whatever the endpoint: JSON errors (never an HTML page), the body size limit,
 * and CORS for the allowed origins only.
 */
class ConduitApiIT {

    static final int ONE_MIB = 1_048_576;
    static final String SPA = "http://spa.example";

    @Test
    void anUnknownRouteIsA404JsonError() {
        HttpResponse<String> missing = Conduit.get("/no-such-route-" + Conduit.suffix(), null);
        Conduit.errors(missing, 404);
        assertThat(missing.body()).doesNotContainIgnoringCase("<html");
    }

    @Test
    void aMalformedJsonBodyIs422BodyIsNotValidJson() {
        HttpResponse<String> response = Conduit.post("/users", null, "{\"user\": {\"username\": ");
        assertThat(Conduit.errors(response, 422)).contains("body is not valid JSON");
    }

    @Test
    void aMissingWrapperObjectIs422NamingTheWrapper() {
        User user = Conduit.register("wrapper-");
        String slug = Conduit.createArticle(user, "Wrapped " + Conduit.suffix()).getString("slug");

        assertThat(Conduit.errors(Conduit.post("/users", null, "{}"), 422)).contains("user can't be blank");
        assertThat(Conduit.errors(Conduit.post("/users/login", null, "{}"), 422)).contains("user can't be blank");
        assertThat(Conduit.errors(Conduit.put("/user", user.token(), "{}"), 422)).contains("user can't be blank");
        assertThat(Conduit.errors(Conduit.post("/articles", user.token(), "{}"), 422)).contains("article can't be blank");
        assertThat(Conduit.errors(Conduit.put("/articles/" + slug, user.token(), "{}"), 422))
                .contains("article can't be blank");
        assertThat(Conduit.errors(Conduit.post("/articles/" + slug + "/comments", user.token(), "{}"), 422))
                .contains("comment can't be blank");
    }

    @Test
    void aBodyOfExactlyOneMebibyteIsReadButOneByteMoreIs413() {
        HttpResponse<String> atLimit = Conduit.post("/users", null, registrationOfLength(ONE_MIB));
        assertThat(atLimit.statusCode()).as("a body of exactly 1 MiB is read and validated: %s", atLimit.body())
                .isEqualTo(422);

        HttpResponse<String> over = Conduit.post("/users", null, registrationOfLength(ONE_MIB + 1));
        Conduit.errors(over, 413);
    }

    @Test
    void errorsAreJsonWithContentTypeApplicationJson() {
        // one error of each kind the API answers with, not only validation
        Conduit.errors(Conduit.get("/user", null), 401);
        Conduit.errors(Conduit.get("/profiles/nobody-" + Conduit.suffix(), null), 404);
        Conduit.errors(Conduit.get("/articles/no-such-article-" + Conduit.suffix(), null), 404);
        Conduit.errors(Conduit.get("/articles?limit=abc", null), 422);
        Conduit.errors(Conduit.login("nobody-" + Conduit.suffix() + "@mail.example", "password-1234"), 401);
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithTheAllowHeaders() {
        HttpResponse<String> preflight = Conduit.send(Conduit.builder("/articles")
                .header("Origin", SPA)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(preflight.statusCode()).as("preflight status").isBetween(200, 299);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SPA);
        assertThat(preflight.headers().allValues("Access-Control-Allow-Methods")).as("allowed methods")
                .anySatisfy(methods -> assertThat(methods).contains("POST"));
        assertThat(preflight.headers().allValues("Access-Control-Allow-Headers")).as("allowed headers")
                .anySatisfy(headers -> assertThat(headers).containsIgnoringCase("authorization"));
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoAllowOrigin() {
        HttpResponse<String> preflight = Conduit.send(Conduit.builder("/articles")
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aGetFromAnAllowedOriginIsAllowedForThatOriginOnly() {
        String ownOrigin = "http://localhost:" + Stack.HTTP_PORT;
        for (String origin : new String[] {SPA, ownOrigin}) {
            HttpResponse<String> tags = Conduit.send(Conduit.builder("/tags").header("Origin", origin).GET().build());
            assertThat(tags.statusCode()).isEqualTo(200);
            assertThat(tags.headers().firstValue("Access-Control-Allow-Origin")).as("origin %s", origin)
                    .hasValue(origin);
        }
        HttpResponse<String> evil = Conduit.send(Conduit.builder("/tags").header("Origin", "http://evil.example")
                .GET().build());
        assertThat(evil.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    /** A registration with blank fields (so 422 if it is read) padded by its bio to exactly that many bytes. */
    private static String registrationOfLength(int bytes) {
        String start = "{\"user\":{\"username\":\"\",\"email\":\"\",\"password\":\"\",\"bio\":\"";
        String end = "\"}}";
        String body = start + "a".repeat(bytes - start.length() - end.length()) + end;
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return body;
    }
}
