package dev.redtortoise.system;

import dev.redtortoise.system.Conduit.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the stack serves is the customer contract (shared/contract/openapi.yml): the same
 * operations, and every one of them implemented.
 */
class ConduitOpenApiIT {

    /** The operations of shared/contract/openapi.yml (RealWorld 1.1.0), paths relative to its server URL. */
    static final List<String> CONTRACT = List.of(
            "POST /users/login", "POST /users", "GET /user", "PUT /user",
            "GET /profiles/{username}", "POST /profiles/{username}/follow", "DELETE /profiles/{username}/follow",
            "GET /articles/feed", "GET /articles", "POST /articles",
            "GET /articles/{slug}", "PUT /articles/{slug}", "DELETE /articles/{slug}",
            "GET /articles/{slug}/comments", "POST /articles/{slug}/comments", "DELETE /articles/{slug}/comments/{id}",
            "POST /articles/{slug}/favorite", "DELETE /articles/{slug}/favorite", "GET /tags");

    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Test
    void theServedDocumentHoldsExactlyTheContractsOperationsUnderApi() {
        JsonObject document = servedDocument();

        assertThat(operations(document).keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT);
        assertThat(document.getJsonArray("servers").getValuesAs(JsonObject.class))
                .as("servers of the served document")
                .anySatisfy(server -> assertThat(server.getString("url")).endsWith("/api"));
    }

    @Test
    void everyServedOperationIsImplementedAndAnswersADocumentedSuccess() {
        Map<String, Set<String>> documented = operations(servedDocument());
        Map<String, Supplier<HttpResponse<String>>> calls = calls(fixture());
        assertThat(calls.keySet()).as("operations this test calls").containsExactlyInAnyOrderElementsOf(CONTRACT);

        calls.forEach((operation, call) -> {
            HttpResponse<String> response = call.get();
            String status = String.valueOf(response.statusCode());
            assertThat(documented.get(operation)).as("documented responses of %s", operation).isNotNull();
            assertThat(documented.get(operation)).as("%s answered %s: %s", operation, status, response.body())
                    .contains(status);
            assertThat(response.statusCode()).as("%s answered %s: %s", operation, status, response.body())
                    .isBetween(200, 299);
        });
    }

    private static JsonObject servedDocument() {
        HttpResponse<String> response = Conduit.send(HttpRequest.newBuilder(URI.create(Stack.url("/openapi")))
                .header("Accept", "application/json").GET().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Conduit.json(response);
    }

    /** "METHOD path" → the response codes documented for it. */
    private static Map<String, Set<String>> operations(JsonObject document) {
        Map<String, Set<String>> operations = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (HTTP_METHODS.contains(method)) {
                JsonValue responses = operation.asJsonObject().get("responses");
                Set<String> codes = responses == null ? Set.of() : new TreeSet<>(responses.asJsonObject().keySet());
                operations.put(method.toUpperCase(Locale.ROOT) + " " + path, codes);
            }
        }));
        return operations;
    }

    record Fixture(User author, User other, String slug, long commentId) {
    }

    private static Fixture fixture() {
        User author = Conduit.register("documented-");
        User other = Conduit.register("documented-");
        String slug = Conduit.createArticle(author, "Documented " + Conduit.suffix(), "openapi").getString("slug");
        HttpResponse<String> comment = Conduit.post("/articles/" + slug + "/comments", other.token(),
                "{\"comment\":{\"body\":\"to be deleted\"}}");
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
        long commentId = Conduit.json(comment).getJsonObject("comment").getJsonNumber("id").longValueExact();
        return new Fixture(author, other, slug, commentId);
    }

    /** One call per operation of the contract, in an order where each one finds what it needs. */
    private static Map<String, Supplier<HttpResponse<String>>> calls(Fixture f) {
        String article = "/articles/" + f.slug();
        String newcomer = Conduit.unique("documented-");
        Map<String, Supplier<HttpResponse<String>>> calls = new LinkedHashMap<>();
        calls.put("POST /users/login", () -> Conduit.login(f.author().email(), f.author().password()));
        calls.put("POST /users", () -> Conduit.post("/users", null, Conduit.wrapped("user", Json.createObjectBuilder()
                .add("username", newcomer).add("email", newcomer + "@mail.example").add("password", Conduit.PASSWORD))));
        calls.put("GET /user", () -> Conduit.get("/user", f.author().token()));
        calls.put("PUT /user", () -> Conduit.put("/user", f.author().token(), "{\"user\":{\"bio\":\"documented\"}}"));
        calls.put("GET /profiles/{username}", () -> Conduit.get("/profiles/" + f.other().username(), f.author().token()));
        calls.put("POST /profiles/{username}/follow",
                () -> Conduit.post("/profiles/" + f.other().username() + "/follow", f.author().token(), null));
        calls.put("DELETE /profiles/{username}/follow",
                () -> Conduit.delete("/profiles/" + f.other().username() + "/follow", f.author().token()));
        calls.put("GET /articles/feed", () -> Conduit.get("/articles/feed", f.author().token()));
        calls.put("GET /articles", () -> Conduit.get("/articles?tag=openapi&limit=1", null));
        calls.put("POST /articles", () -> Conduit.post("/articles", f.other().token(),
                "{\"article\":{\"title\":\"Another " + Conduit.suffix() + "\",\"description\":\"d\",\"body\":\"b\"}}"));
        calls.put("GET /articles/{slug}", () -> Conduit.get(article, null));
        calls.put("PUT /articles/{slug}", () -> Conduit.put(article, f.author().token(), "{\"article\":{\"body\":\"new\"}}"));
        calls.put("GET /articles/{slug}/comments", () -> Conduit.get(article + "/comments", null));
        calls.put("POST /articles/{slug}/comments", () -> Conduit.post(article + "/comments", f.author().token(),
                "{\"comment\":{\"body\":\"documented\"}}"));
        calls.put("DELETE /articles/{slug}/comments/{id}",
                () -> Conduit.delete(article + "/comments/" + f.commentId(), f.other().token()));
        calls.put("POST /articles/{slug}/favorite", () -> Conduit.post(article + "/favorite", f.other().token(), null));
        calls.put("DELETE /articles/{slug}/favorite", () -> Conduit.delete(article + "/favorite", f.other().token()));
        calls.put("GET /tags", () -> Conduit.get("/tags", null));
        calls.put("DELETE /articles/{slug}", () -> Conduit.delete(article, f.author().token()));
        return calls;
    }
}
