package dev.redtortoise.system;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error tracking seen arriving at a real receiver: the test stack runs with {@code RT_SENTRY=local}, so every
 * part reports to Spotlight, which keeps each envelope it receives as a file (system-tests/pom.xml). The
 * failures are real ones provoked from outside: a document another tool broke, a table lock that makes a
 * statement slow, a MongoDB server that stalls, a feed that is not there, a message no one can read.
 */
class SentryIT {

    static final Path ENVELOPES = Stack.DATA.resolve("spotlight");
    static final Duration ARRIVAL = Duration.ofSeconds(30);
    static final String SECRET_PASSWORD = "sentry-it-password-" + Conduit.suffix();
    static final String SECRET_COOKIE = "sentry-it-cookie-" + Conduit.suffix();
    static final String SECRET_QUERY = "sentry-it-query-" + Conduit.suffix();

    @Test
    void anUnexpectedApiFailureArrivesUnderItsIncidentIdWithReleaseEnvironmentAndRequest() throws Exception {
        Conduit.User author = registerWithOwnPassword();
        String slug = Conduit.createArticle(author, "Sentry " + Conduit.suffix()).getString("slug");
        // another tool wrote a field of the wrong type: reading the article fails in a way nobody planned for
        Conduit.mongo().getCollection("articles").updateOne(Filters.eq("slug", slug), Updates.set("createdAt", "yesterday"));
        HttpResponse<String> response;
        try {
            response = Conduit.send(Conduit.builder("/articles/" + slug + "?token=" + SECRET_QUERY + "&limit=1")
                    .header("Authorization", "Token " + author.token()).header("Cookie", "JSESSIONID=" + SECRET_COOKIE)
                    .header("User-Agent", "SentryIT").GET().build());
        } finally {
            // the broken article would fail every later list that meets it (the suite shares one stack)
            Conduit.mongo().getCollection("articles").deleteOne(Filters.eq("slug", slug));
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        String incident = response.body().replaceAll("(?s).*incident ([0-9a-f]{32}).*", "$1");
        assertThat(incident).as("the incident id is a Sentry event id: " + response.body()).matches("[0-9a-f]{32}");

        JsonObject event = await(e -> incident.equals(e.getString("event_id", "")));
        assertThat(event.getString("release")).matches("redtortoise@[^+]+\\+[0-9a-f]{7,}");
        assertThat(event.getString("environment")).isEqualTo("system-test");
        assertThat(event.getJsonObject("tags").getString("part")).isEqualTo("api");
        assertThat(event.getString("transaction")).isEqualTo("GET /api/articles/{slug}");
        JsonObject request = event.getJsonObject("request");
        assertThat(request.getString("method")).isEqualTo("GET");
        assertThat(request.getString("url")).endsWith("/api/articles/" + slug);
        assertThat(request.getString("query_string")).isEqualTo("token=[Filtered]&limit=1");
        assertThat(request.getJsonObject("headers").keySet()).contains("User-Agent").doesNotContain("Authorization", "Cookie");
        assertThat(event.getJsonObject("exception").toString()).contains("stacktrace");

        String traceId = event.getJsonObject("contexts").getJsonObject("trace").getString("trace_id");
        JsonObject trace = await(e -> "transaction".equals(e.getString("type", ""))
                && traceId.equals(e.getJsonObject("contexts").getJsonObject("trace").getString("trace_id")));
        assertThat(trace.getString("transaction")).isEqualTo("GET /api/articles/{slug}");
        assertThat(trace.getJsonObject("contexts").getJsonObject("trace").getString("status")).isEqualTo("internal_error");
        assertThat(trace.getString("release")).isEqualTo(event.getString("release"));
    }

    @Test
    void aSlowPostgresStatementArrivesByItsShapeWithoutItsValues() throws Exception {
        Conduit.User user = registerWithOwnPassword();
        try (Connection db = Conduit.jdbc(); Statement statement = db.createStatement()) {
            db.setAutoCommit(false);
            // a migration or a long report holds the table: the sign-in's statement waits behind it
            statement.execute("LOCK TABLE account IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<HttpResponse<String>> login = CompletableFuture.supplyAsync(
                    () -> Conduit.login(user.email(), SECRET_PASSWORD));
            Thread.sleep(1_500);
            db.rollback();
            assertThat(login.get().statusCode()).isEqualTo(200);
        }

        // the sign-in looks the account up by its e-mail address: the shape has the column, not the address
        JsonObject event = await(e -> tag(e, "slow_query").equals("PostgreSQL") && extra(e, "statement").contains("from account")
                && extra(e, "statement").matches(".*email\\)?=(lower\\()?\\?.*"));
        assertThat(event.getString("level")).isEqualTo("warning");
        assertThat(Long.parseLong(extra(event, "duration_ms"))).isGreaterThanOrEqualTo(500);
        assertThat(event.toString()).doesNotContain(user.email());
    }

    @Test
    void aSlowMongoCommandArrivesByItsShapeWithoutItsValues() throws Exception {
        Conduit.User author = registerWithOwnPassword();
        String slug = Conduit.createArticle(author, "Stalled " + Conduit.suffix()).getString("slug");
        Stack.signal("STOP", "mongo");
        CompletableFuture<HttpResponse<String>> read;
        try {
            read = CompletableFuture.supplyAsync(() -> Conduit.get("/articles/" + slug, null));
            Thread.sleep(1_200);
        } finally {
            Stack.signal("CONT", "mongo");
        }
        assertThat(read.get().statusCode()).isEqualTo(200);

        // other reads were stalled too (a list's projection, the aggregator): the article's own read is the one by slug
        JsonObject event = await(e -> tag(e, "slow_query").equals("MongoDB") && extra(e, "statement").startsWith("find articles")
                && extra(e, "statement").contains("\"slug\": ?"));
        // the request's own URL names the article; the statement and the message never hold the value
        assertThat(extra(event, "statement") + event.getJsonObject("message")).doesNotContain(slug);
    }

    @Test
    void aFailedJobStepArrivesWithJobExecutionAndStep() throws Exception {
        Conduit.User owner = Conduit.register("sentry-owner-");
        long source = Operations.addSource(Conduit.unique("missing-"), "/nonexistent/sentry-it-feed.xml", owner.username(), 10, "[]")
                .getJsonNumber("id").longValue();
        long execution = Operations.start("feed-import", "{\"source\":\"" + source + "\"}");
        JsonObject run = Operations.awaitEnd(execution, Duration.ofSeconds(60));
        assertThat(run.getString("status")).isEqualTo("FAILED");

        JsonObject event = await(e -> tag(e, "job.execution").equals(Long.toString(execution)));
        assertThat(tag(event, "job")).isEqualTo("feed-import");
        assertThat(tag(event, "job.step")).isEqualTo("import");
        assertThat(tag(event, "part")).isEqualTo("orchestration");
        assertThat(event.getString("level")).isEqualTo("error");
    }

    @Test
    void aMessageThatGoesToTheDeadLetterQueueArrives() throws Exception {
        ConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + System.getenv("RT_ARTEMIS_PORT"),
                System.getenv("RT_ARTEMIS_USER"), System.getenv("RT_ARTEMIS_PASSWORD"));
        String marker = "sentry-it-" + Conduit.suffix();
        String messageId;
        try (JMSContext jms = factory.createContext()) {
            var message = jms.createTextMessage("not a job request " + marker);
            jms.createProducer().send(jms.createQueue("rt.job.requests"), message);
            messageId = message.getJMSMessageID();
        }

        // five deliveries with the broker's back-off (RT_ARTEMIS_REDELIVERY_DELAY_MS, doubling) before it gives up
        JsonObject event = await(e -> tag(e, "dead_letter").equals("true") && extra(e, "message_id").equals(messageId),
                Duration.ofSeconds(60));
        assertThat(tag(event, "destination")).isEqualTo("rt.job.requests");
        assertThat(extra(event, "delivery_attempts")).isEqualTo("5");
        assertThat(event.toString()).doesNotContain(marker);
    }

    @Test
    void theConsoleAndTheOperationsEndpointTraceTheirRequestsToo() throws Exception {
        assertThat(Stack.get("/admin/").statusCode()).isEqualTo(200);
        assertThat(Operations.admin("GET", "/sources", null).statusCode()).isEqualTo(200);

        JsonObject console = await(e -> "transaction".equals(e.getString("type", "")) && tag(e, "part").equals("admin"));
        assertThat(console.getString("transaction")).startsWith("GET /admin/");
        JsonObject operations = await(e -> "transaction".equals(e.getString("type", ""))
                && e.getString("transaction", "").equals("GET /orchestration/ops/sources"));
        assertThat(tag(operations, "part")).isEqualTo("orchestration");
        assertThat(operations.getJsonObject("request").getJsonObject("headers").keySet()).doesNotContain("Authorization");
    }

    @Test
    void noSecretOfTheStackOrOfItsClientsIsInAnyEnvelope() throws Exception {
        Conduit.User user = registerWithOwnPassword();
        Conduit.send(Conduit.builder("/user").header("Authorization", "Token " + user.token())
                .header("Cookie", "JSESSIONID=" + SECRET_COOKIE).GET().build());
        Conduit.login(user.email(), SECRET_PASSWORD + "-wrong");
        Thread.sleep(2_000); // the SDK sends in the background

        List<String> secrets = List.of(SECRET_PASSWORD, SECRET_COOKIE, SECRET_QUERY, user.token(),
                System.getProperty("it.admin.password"), System.getProperty("it.jwt.secret"), System.getenv("RT_ARTEMIS_PASSWORD"));
        List<Path> files = envelopeFiles();
        assertThat(files).as("envelopes captured by Spotlight").isNotEmpty();
        for (Path file : files) {
            String envelope = Files.readString(file, StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertThat(envelope).as(file + " holds a secret").doesNotContain(secret);
            }
            assertThat(envelope).as(file.toString()).doesNotContainPattern("(?i)\"(authorization|cookie)\"\\s*:\\s*\"(?!\\[Filtered\\])");
        }
    }

    private static Conduit.User registerWithOwnPassword() {
        String username = Conduit.unique("sentry-");
        String email = username + "@mail.example";
        HttpResponse<String> response = Conduit.post("/users", null, Conduit.wrapped("user", Json.createObjectBuilder()
                .add("username", username).add("email", email).add("password", SECRET_PASSWORD)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String token = Conduit.json(response).getJsonObject("user").getString("token");
        return new Conduit.User(username, email, SECRET_PASSWORD, token, Conduit.subject(token));
    }

    static JsonObject await(Predicate<JsonObject> wanted) throws InterruptedException {
        return await(wanted, ARRIVAL);
    }

    /** The first event or transaction in Spotlight's captured envelopes that satisfies the condition. */
    static JsonObject await(Predicate<JsonObject> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (JsonObject event : events()) {
                if (wanted.test(event)) {
                    return event;
                }
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no such event in Spotlight within " + timeout + " (" + envelopeFiles().size() + " envelopes)");
    }

    /** Every event and transaction item: the envelope lines that are JSON objects with an event id and a release. */
    static List<JsonObject> events() {
        List<JsonObject> events = new ArrayList<>();
        for (Path file : envelopeFiles()) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("{") && line.contains("\"release\"")) {
                        try (JsonReader reader = Json.createReader(new StringReader(line))) {
                            JsonObject item = reader.readObject();
                            if (item.containsKey("event_id") && item.containsKey("release")) {
                                events.add(item);
                            }
                        } catch (JsonParsingException e) {
                            // an attachment or a line that is not a whole JSON object
                        }
                    }
                }
            } catch (IOException e) {
                // a file Spotlight is still writing: read again on the next round
            }
        }
        return events;
    }

    /** This stack's envelopes: those Spotlight wrote since it started (an earlier run's stay in the folder). */
    static List<Path> envelopeFiles() {
        if (!Files.isDirectory(ENVELOPES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(ENVELOPES)) {
            FileTime started = Files.getLastModifiedTime(Stack.DATA.resolve("run/spotlight.pid"));
            return files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .filter(file -> modified(file).compareTo(started) >= 0).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    static String tag(JsonObject event, String name) {
        JsonObject tags = event.getJsonObject("tags");
        return tags == null ? "" : tags.getString(name, "");
    }

    static String extra(JsonObject event, String name) {
        JsonObject extra = event.getJsonObject("extra");
        return extra == null ? "" : extra.getString(name, "");
    }
}
