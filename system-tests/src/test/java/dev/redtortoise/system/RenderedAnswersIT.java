package dev.redtortoise.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tags and the anonymous first pages of articles are served before JAX-RS from the JSON the resources
 * made, while the domain's cache holds what it was made from. A client cannot tell: the answer is the
 * resource's own (an extra query parameter, which the resources ignore, sends a request through JAX-RS
 * for comparison), a write shows in the very next read, a token still gets a personal answer, and every
 * answer is counted under its route.
 */
class RenderedAnswersIT {

    static final String SPA = "http://spa.example";
    /** Differ from one answer to the next, or only in framing (a length or chunks, as the server buffers). */
    static final Set<String> TRANSIENT = Set.of("date", "content-length", "transfer-encoding", "connection", "keep-alive");

    @Test
    void aRenderedAnswerIsTheResourcesOwnBodyStatusAndHeadersCorsIncluded() {
        Conduit.createArticle(Conduit.register("rendered-"), "Rendered " + Conduit.suffix(), Conduit.unique("rendered-"));
        Map<String, String> sameAs = Map.of(
                "/tags", "/tags?through=jax-rs",
                "/articles", "/articles?offset=0&through=jax-rs",
                "/articles?limit=10", "/articles?limit=10&through=jax-rs",
                "/articles?limit=10&offset=0", "/articles?offset=0&limit=10&through=jax-rs",
                "/articles?offset=0&limit=100", "/articles?limit=100&offset=0&through=jax-rs");
        for (String origin : new String[] {SPA, "http://evil.example", null}) {
            sameAs.forEach((path, throughJaxRs) -> {
                HttpResponse<String> reference = get(throughJaxRs, origin);
                get(path, origin);
                HttpResponse<String> rendered = get(path, origin);
                assertThat(rendered.statusCode()).as("%s from %s", path, origin).isEqualTo(200);
                assertThat(rendered.body()).as("%s from %s", path, origin).isEqualTo(reference.body());
                assertThat(headers(rendered)).as("%s from %s", path, origin).isEqualTo(headers(reference));
                assertThat(rendered.headers().firstValue("Access-Control-Allow-Origin"))
                        .as("%s from %s", path, origin).isEqualTo(SPA.equals(origin) ? Optional.of(SPA) : Optional.empty());
                assertThat(rendered.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
                assertThat(rendered.headers().firstValue("Content-Type")).hasValue("application/json");
            });
        }
    }

    @Test
    void anAcceptThatTakesNoJsonGetsTheResourcesRefusal() {
        get("/tags", null);
        HttpResponse<String> html = Conduit.send(Conduit.builder("/tags").header("Accept", "text/html").GET().build());
        HttpResponse<String> reference = Conduit.send(Conduit.builder("/tags?through=jax-rs").header("Accept", "text/html").GET().build());
        assertThat(html.statusCode()).isEqualTo(reference.statusCode()).isEqualTo(406);
        assertThat(Conduit.send(Conduit.builder("/tags").header("Accept", "text/html, application/json;q=0.5").GET().build())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aWriteIsInTheVeryNextReadOfTheTagsAndTheFirstPages() {
        Conduit.User author = Conduit.register("rendered-");
        for (String path : List.of("/tags", "/articles", "/articles?limit=10&offset=0")) {
            get(path, null);
            get(path, null);
        }
        String tag = Conduit.unique("fresh-");
        String slug = Conduit.createArticle(author, "Fresh " + Conduit.suffix(), tag).getString("slug");

        assertThat(tags(get("/tags", null))).contains(tag);
        assertThat(firstSlug(get("/articles", null))).isEqualTo(slug);
        assertThat(firstSlug(get("/articles?limit=10&offset=0", null))).isEqualTo(slug);

        Conduit.delete("/articles/" + slug, author.token());
        assertThat(firstSlug(get("/articles?limit=10&offset=0", null))).as("after the delete").isNotEqualTo(slug);
    }

    @Test
    void aSignedInReaderGetsTheirOwnAnswerNotTheRenderedOne() {
        Conduit.User author = Conduit.register("rendered-");
        Conduit.User reader = Conduit.register("rendered-");
        String slug = Conduit.createArticle(author, "Liked " + Conduit.suffix()).getString("slug");
        assertThat(Conduit.post("/articles/" + slug + "/favorite", reader.token(), null).statusCode()).isEqualTo(200);
        assertThat(Conduit.post("/profiles/" + author.username() + "/follow", reader.token(), null).statusCode()).isEqualTo(200);
        get("/articles?limit=10&offset=0", null);

        JsonObject anonymous = first(get("/articles?limit=10&offset=0", null));
        JsonObject signedIn = first(Conduit.get("/articles?limit=10&offset=0", reader.token()));
        assertThat(anonymous.getString("slug")).isEqualTo(signedIn.getString("slug")).isEqualTo(slug);
        assertThat(anonymous.getBoolean("favorited")).isFalse();
        assertThat(anonymous.getJsonObject("author").getBoolean("following")).isFalse();
        assertThat(signedIn.getBoolean("favorited")).isTrue();
        assertThat(signedIn.getJsonObject("author").getBoolean("following")).isTrue();
        assertThat(Conduit.get("/tags", "not-a-token").statusCode()).as("a bad token is refused, never served anonymously")
                .isEqualTo(401);
    }

    @Test
    void renderedAnswersAreCountedUnderTheirRoutes() {
        get("/tags", null);
        get("/articles?limit=10&offset=0", null);
        MetricsIT.Scrape before = MetricsIT.Scrape.now();
        for (int i = 0; i < 3; i++) {
            get("/tags", null);
            get("/articles?limit=10&offset=0", null);
            get("/articles", SPA);
        }
        MetricsIT.Scrape after = MetricsIT.Scrape.now();
        after.assertMoved(before, MetricsIT.REQUESTS, MetricsIT.api("GET", "/api/tags", 200), 3);
        after.assertMoved(before, MetricsIT.REQUESTS, MetricsIT.api("GET", "/api/articles", 200), 6);
    }

    private static HttpResponse<String> get(String path, String origin) {
        return Conduit.send((origin == null ? Conduit.builder(path) : Conduit.builder(path).header("Origin", origin)).GET().build());
    }

    private static Map<String, List<String>> headers(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!TRANSIENT.contains(name.toLowerCase())) {
                headers.put(name.toLowerCase(), values);
            }
        });
        return headers;
    }

    private static List<String> tags(HttpResponse<String> response) {
        return Conduit.json(response).getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject first(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Conduit.json(response).getJsonArray("articles").getJsonObject(0);
    }

    private static String firstSlug(HttpResponse<String> response) {
        return first(response).getString("slug");
    }
}
