package dev.redtortoise.system;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small client of the Conduit API on the running stack ({@link Stack}), plus direct access to the two
 * stores behind it. Every user and article it makes has a random suffix: the stack's data outlives one test.
 */
final class Conduit {

    static final String PASSWORD = "password-1234";

    // HTTP/1.1 only: a cleartext HTTP/2 upgrade attempt would add a protocol dance to every request under test
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static MongoClient mongo;

    private Conduit() {
    }

    /** A registered user; {@code id} is the account id, read from the token's {@code sub} claim. */
    record User(String username, String email, String password, String token, long id) {
    }

    static String suffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            suffix.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return suffix.toString();
    }

    static String unique(String prefix) {
        return prefix + suffix();
    }

    static User register(String prefix) {
        String username = unique(prefix);
        String email = username + "@mail.example";
        HttpResponse<String> response = post("/users", null, wrapped("user", Json.createObjectBuilder()
                .add("username", username).add("email", email).add("password", PASSWORD)));
        if (response.statusCode() != 201) {
            throw new AssertionError("registering " + username + " got " + response.statusCode() + ": " + response.body());
        }
        String token = json(response).getJsonObject("user").getString("token");
        return new User(username, email, PASSWORD, token, subject(token));
    }

    static HttpResponse<String> login(String email, String password) {
        return post("/users/login", null, wrapped("user", Json.createObjectBuilder()
                .add("email", email).add("password", password)));
    }

    /** Sends a request to {@code /api + path}, with {@code Authorization: Token ...} when a token is given. */
    static HttpResponse<String> request(String method, String path, String token, String jsonBody) {
        HttpRequest.Builder builder = builder(path);
        if (token != null) {
            builder.header("Authorization", "Token " + token);
        }
        if (jsonBody != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        return send(builder.build());
    }

    static HttpResponse<String> get(String path, String token) {
        return request("GET", path, token, null);
    }

    static HttpResponse<String> delete(String path, String token) {
        return request("DELETE", path, token, null);
    }

    static HttpResponse<String> post(String path, String token, String jsonBody) {
        return request("POST", path, token, jsonBody);
    }

    static HttpResponse<String> put(String path, String token, String jsonBody) {
        return request("PUT", path, token, jsonBody);
    }

    /** A request builder for {@code /api + path}, for the tests that need their own headers. */
    static HttpRequest.Builder builder(String path) {
        // generous: a request that reaches a stopped MongoDB waits for the driver's server selection timeout
        return HttpRequest.newBuilder(URI.create(Stack.url("/api" + path))).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {"wrapper": {fields}} as text, the shape of every Conduit request body. */
    static String wrapped(String wrapper, JsonObjectBuilder fields) {
        return Json.createObjectBuilder().add(wrapper, fields).build().toString();
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new AssertionError("not a JSON object (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The messages of a {"errors":{"body":[...]}} answer. */
    static List<String> errors(HttpResponse<String> response) {
        JsonObject errors = json(response).getJsonObject("errors");
        if (errors == null || errors.getJsonArray("body") == null) {
            throw new AssertionError("not {\"errors\":{\"body\":[...]}} (" + response.statusCode() + "): " + response.body());
        }
        return errors.getJsonArray("body").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** Checks that the answer is a JSON error with that status, and returns its messages. */
    static List<String> errors(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s %s: %s", response.request().method(),
                response.request().uri(), response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of a %s error", status)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        List<String> messages = errors(response);
        assertThat(messages).as("messages of %s", response.body()).isNotEmpty();
        return messages;
    }

    static JsonObject createArticle(User author, String title, String... tags) {
        JsonArrayBuilder tagList = Json.createArrayBuilder();
        for (String tag : tags) {
            tagList.add(tag);
        }
        HttpResponse<String> response = post("/articles", author.token(), wrapped("article", Json.createObjectBuilder()
                .add("title", title).add("description", "About " + title).add("body", "The story of " + title)
                .add("tagList", tagList)));
        assertThat(response.statusCode()).as("creating '%s': %s", title, response.body()).isEqualTo(201);
        return json(response).getJsonObject("article");
    }

    static List<String> slugs(JsonObject articleList) {
        return articles(articleList).stream().map(article -> article.getString("slug")).toList();
    }

    static List<JsonObject> articles(JsonObject articleList) {
        JsonArray articles = articleList.getJsonArray("articles");
        return articles.getValuesAs(JsonObject.class);
    }

    static String encode(String queryValue) {
        return URLEncoder.encode(queryValue, StandardCharsets.UTF_8);
    }

    static long subject(String token) {
        try {
            return Long.parseLong(SignedJWT.parse(token).getJWTClaimsSet().getSubject());
        } catch (ParseException | NumberFormatException e) {
            throw new AssertionError("token without a numeric sub claim: " + token, e);
        }
    }

    /** The stack's MongoDB database; one client for the whole test run, as the driver intends. */
    static synchronized MongoDatabase mongo() {
        if (mongo == null) {
            mongo = MongoClients.create(System.getenv("RT_MONGO_URL"));
        }
        return mongo.getDatabase("redtortoise");
    }

    static Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + System.getenv("RT_DB_NAME"),
                "postgres", "postgres");
    }
}
