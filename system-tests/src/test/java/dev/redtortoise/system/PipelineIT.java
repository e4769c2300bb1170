package dev.redtortoise.system;

import com.mongodb.client.model.Filters;
import com.sun.net.httpserver.HttpServer;
import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data acquisition pipeline against the running stack: feed sources and rules through the operations
 * endpoint, feed-import and bulk-import run by Payara's batch runtime with its repository in PostgreSQL,
 * articles and reject records checked in MongoDB and through the customer API.
 */
class PipelineIT {

    static final Duration RUN = Duration.ofSeconds(120);

    static Conduit.User owner;
    static Path files;

    @BeforeAll
    static void setUp() throws IOException {
        owner = Conduit.register("importer");
        files = Files.createTempDirectory("pipeline-it");
    }

    @Test
    void theOperationsEndpointWantsAConsoleAdministrator() {
        HttpResponse<String> anonymous = Operations.call("GET", "/sources", null, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Basic"));
        assertThat(Conduit.errors(anonymous)).containsExactly("sign in with HTTP Basic as a console administrator");

        HttpResponse<String> wrong = Operations.call("GET", "/sources", null, "admin", "not the password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Conduit.errors(wrong)).containsExactly("wrong username or password");

        HttpResponse<String> unknownJob = Operations.admin("POST", "/jobs/format-disk", "{}");
        assertThat(unknownJob.statusCode()).isEqualTo(404);
        assertThat(Conduit.errors(unknownJob).get(0)).startsWith("no job 'format-disk'");
    }

    @Test
    void invalidSourcesAndMappingRulesAreRefusedWithEveryReason() {
        String rules = "[{\"kind\":\"RENAME_TAG\",\"match\":\"jvm\",\"value\":\"java\"},"
                + "{\"kind\":\"DROP_TAG\",\"match\":\"JVM\"},"
                + "{\"kind\":\"MAX_BODY\",\"value\":\"lots\"},"
                + "{\"kind\":\"FIELD\",\"match\":\"author\",\"value\":\"creator\"}]";
        HttpResponse<String> refused = Operations.admin("POST", "/sources", "{\"name\":\"" + Conduit.unique("bad-")
                + "\",\"location\":\"/feeds/x.xml\",\"owner\":\"" + owner.username() + "\",\"rules\":" + rules + "}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Conduit.errors(refused)).containsExactlyInAnyOrder(
                "MAX_BODY must be a whole number from 1 to 100000, got 'lots'",
                "FIELD 'author' is not an article field (title, description or body)",
                "category 'jvm' is both renamed and dropped");

        HttpResponse<String> location = Operations.admin("POST", "/sources", "{\"name\":\"" + Conduit.unique("bad-")
                + "\",\"location\":\"ftp://example.org/feed\",\"owner\":\"" + owner.username() + "\"}");
        assertThat(Conduit.errors(location, 422)).containsExactly("location must be an http(s) URL or an absolute file path");

        HttpResponse<String> kind = Operations.admin("POST", "/sources", "{\"name\":\"" + Conduit.unique("bad-")
                + "\",\"location\":\"/x.xml\",\"owner\":\"" + owner.username() + "\",\"rules\":[{\"kind\":\"EXPLODE\"}]}");
        assertThat(Conduit.errors(kind, 422).get(0)).startsWith("kind must be one of");

        HttpResponse<String> nobody = Operations.admin("POST", "/sources", "{\"name\":\"" + Conduit.unique("bad-")
                + "\",\"location\":\"/x.xml\",\"owner\":\"" + Conduit.unique("nobody-") + "\"}");
        assertThat(Conduit.errors(nobody, 422).get(0)).startsWith("owner must be the username of an account");
    }

    @Test
    void aFeedBecomesCleanArticlesUnderItsRulesAndARerunChangesNothing() throws Exception {
        Path feed = files.resolve("news.xml");
        Files.writeString(feed, rss());
        String rules = "[{\"kind\":\"RENAME_TAG\",\"match\":\"JVM\",\"value\":\"java\"},"
                + "{\"kind\":\"RENAME_TAG\",\"match\":\"Java\",\"value\":\"java\"},"
                + "{\"kind\":\"DROP_TAG\",\"match\":\"drop-me\"},"
                + "{\"kind\":\"DEFAULT_TAG\",\"value\":\"news\"}]";
        Conduit.User writer = Conduit.register("feedwriter");
        long source = Operations.addSource(Conduit.unique("rss-"), feed.toString(), writer.username(), 50, rules)
                .getJsonNumber("id").longValue();

        JsonObject first = Operations.awaitEnd(Operations.start("feed-import", "{\"source\":\"" + source + "\"}"), RUN);
        assertThat(first.getString("status")).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(first.getString("exitStatus")).isEqualTo("COMPLETED: 4 records, 1 rejected");
        assertThat(first.getJsonNumber("rejects").longValue()).isEqualTo(1);
        JsonObject reject = first.getJsonArray("firstRejects").getJsonObject(0);
        assertThat(reject.getString("reason")).isEqualTo("missing title");
        assertThat(reject.getJsonNumber("position").longValue()).isEqualTo(2);

        List<Document> articles = imported(source);
        assertThat(articles).hasSize(3);
        Document first1 = articles.stream().filter(doc -> "item-1".equals(doc.getString("itemId"))).findFirst()
                .orElseThrow();
        assertThat(first1.getList("tagList", String.class)).containsExactly("java", "news");
        assertThat(first1.getString("body")).contains("<b>bold</b>", "href=\"https://example.org/a\"")
                .doesNotContain("<script", "onclick", "javascript:", "alert(");
        assertThat(first1.getLong("executionId")).isEqualTo(first.getJsonNumber("execution").longValue());
        assertThat(Conduit.json(Conduit.get("/articles?author=" + writer.username(), null)).getInt("articlesCount"))
                .isEqualTo(3);
        assertThat(Conduit.json(Conduit.get("/tags", null)).getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString)).contains("news", "java");

        JsonObject unchanged = Operations.awaitEnd(Operations.start("feed-import", "{\"source\":\"" + source + "\"}"), RUN);
        assertThat(unchanged.getString("exitStatus")).isEqualTo("UNCHANGED");

        Map<String, Long> updated = updatedAt(imported(source));
        Files.setLastModifiedTime(feed, FileTime.from(Instant.now().plusSeconds(5)));
        JsonObject reread = Operations.awaitEnd(Operations.start("feed-import", "{\"source\":\"" + source + "\"}"), RUN);
        assertThat(reread.getString("status")).isEqualTo("COMPLETED");
        List<Document> again = imported(source);
        assertThat(again).hasSize(3);
        assertThat(updatedAt(again)).as("read again, nothing written").isEqualTo(updated);
        assertThat(again).allSatisfy(doc ->
                assertThat(doc.getLong("executionId")).isEqualTo(first.getJsonNumber("execution").longValue()));

        Operations.json(Operations.admin("PUT", "/sources/" + source + "/rules",
                "[{\"kind\":\"DEFAULT_TAG\",\"value\":\"world\"}]"), 200);
        Files.setLastModifiedTime(feed, FileTime.from(Instant.now().plusSeconds(10)));
        JsonObject ruled = Operations.awaitEnd(Operations.start("feed-import", "{\"source\":\"" + source + "\"}"), RUN);
        assertThat(ruled.getString("status")).isEqualTo("COMPLETED");
        assertThat(imported(source)).as("the changed rules apply to the next run").allSatisfy(doc ->
                assertThat(doc.getList("tagList", String.class)).contains("world").doesNotContain("news"));
    }

    @Test
    void theScheduleStartsAnEnabledSourceOnItsOwnAndLeavesADisabledOneAlone() throws Exception {
        Path feed = files.resolve("scheduled.xml");
        Files.writeString(feed, rss());
        long enabled = Operations.addSource(Conduit.unique("scheduled-"), feed.toString(), owner.username(), 50, "[]")
                .getJsonNumber("id").longValue();
        long disabled = Operations.addSource(Conduit.unique("resting-"), feed.toString(), owner.username(), 50, "[]")
                .getJsonNumber("id").longValue();
        Operations.json(Operations.admin("PUT", "/sources/" + enabled, "{\"enabled\":true,\"intervalSeconds\":3600}"), 200);
        // the feed-sweep schedule runs at the start of every minute: every 2 s for this test, not to wait for it
        String sweep = Operations.json(Operations.admin("GET", "/schedules/feed-sweep", null), 200).getString("cron");
        Operations.json(Operations.admin("PUT", "/schedules/feed-sweep", "{\"cron\":\"*/2 * * * * *\"}"), 200);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (count(enabled) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertThat(count(enabled)).as("articles of the enabled source, imported by the schedule").isEqualTo(3);
            JsonObject source = Operations.json(Operations.admin("GET", "/sources/" + enabled, null), 200);
            assertThat(source.getString("lastStartedAt", null)).isNotNull();
            assertThat(count(disabled)).isZero();
        } finally {
            Operations.json(Operations.admin("PUT", "/sources/" + enabled, "{\"enabled\":false}"), 200);
            Operations.json(Operations.admin("PUT", "/schedules/feed-sweep", "{\"cron\":\"" + sweep + "\"}"), 200);
        }
    }

    @Test
    void aHostileFeedFailsTheRunWithItsReasonAndStoresNothing() throws Exception {
        Path feed = files.resolve("hostile.xml");
        Files.writeString(feed, """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>t</title><link>https://example.org</link><description>d</description>
                <item><guid>x</guid><title>&secret;</title><description>&secret;</description></item>
                </channel></rss>
                """);
        long source = Operations.addSource(Conduit.unique("hostile-"), feed.toString(), owner.username(), 10, "[]")
                .getJsonNumber("id").longValue();
        JsonObject run = Operations.awaitEnd(Operations.start("feed-import", "{\"source\":\"" + source + "\"}"), RUN);
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("exitStatus")).startsWith("FAILED: not an RSS, Atom or JSON feed");
        assertThat(imported(source)).isEmpty();
        assertThat(Conduit.mongo().getCollection("articles").countDocuments(Filters.regex("body", "root:")))
                .isZero();
    }

    @Test
    void aBulkFileIsImportedInPartitionsEveryBadRecordRejectedAndAgainWithoutChange() throws Exception {
        Path file = files.resolve("articles.ndjson");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            lines.add("{\"id\":\"bulk-" + i + "\",\"title\":\"Bulk article " + i + "\",\"description\":\"d\",\"body\":\"<p>"
                    + "body " + i + "</p>\",\"tags\":[\"bulk\",\"t" + (i % 7) + "\"],\"publishedAt\":\"2026-11-0"
                    + (1 + i % 9) + "T10:00:00Z\"}");
        }
        lines.add(1000, "{\"id\":\"broken\",\"title\":");
        lines.add(2000, "{\"id\":\"untitled\",\"body\":\"b\"}");
        lines.add(2500, "{\"id\":\"late\",\"title\":\"t\",\"body\":\"b\",\"publishedAt\":\"yesterday\"}");
        Files.write(file, lines);
        long source = Operations.addSource(Conduit.unique("bulk-"), "/bulk/never-fetched.ndjson", owner.username(), 30,
                "[]").getJsonNumber("id").longValue();

        JsonObject run = Operations.awaitEnd(Operations.start("bulk-import",
                "{\"source\":\"" + source + "\",\"file\":\"" + file + "\",\"partitions\":\"2\"}"), RUN);
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.getString("exitStatus")).isEqualTo("COMPLETED: 3003 records, 3 rejected");
        assertThat(imported(source)).hasSize(3000);
        assertThat(run.getJsonArray("firstRejects").getValuesAs(JsonObject.class).stream()
                .map(reject -> reject.getJsonNumber("position").longValue() + " " + reject.getString("reason"))
                .toList()).satisfiesExactly(
                        broken -> assertThat(broken).startsWith("1001 broken JSON line"),
                        untitled -> assertThat(untitled).isEqualTo("2001 missing title"),
                        late -> assertThat(late).startsWith("2501 bad date 'yesterday'"));

        Map<String, Long> updated = updatedAt(imported(source));
        JsonObject again = Operations.awaitEnd(Operations.start("bulk-import",
                "{\"source\":\"" + source + "\",\"file\":\"" + file + "\"}"), RUN);
        assertThat(again.getString("status")).isEqualTo("COMPLETED");
        assertThat(updatedAt(imported(source))).as("imported again: the same articles, none rewritten").isEqualTo(updated);

        Path csv = files.resolve("articles.csv");
        Files.writeString(csv, """
                id,title,description,body,tags,publishedAt
                c-1,"First, with a comma",d,<p>one</p>,csv|first,2026-11-20T08:00:00Z
                c-2,Second,d,<p>two</p>,csv,2026-11-21T08:00:00Z
                c-3,Third,d,<p>three</p>
                c-4,Fourth,d,"<p>four, quoted</p>",csv,
                """);
        JsonObject fromCsv = Operations.awaitEnd(Operations.start("bulk-import",
                "{\"source\":\"" + source + "\",\"file\":\"" + csv + "\"}"), RUN);
        assertThat(fromCsv.getString("exitStatus")).isEqualTo("COMPLETED: 4 records, 1 rejected");
        assertThat(fromCsv.getJsonArray("firstRejects").getJsonObject(0).getString("reason"))
                .isEqualTo("wrong column count: 4 instead of 6");
        assertThat(imported(source).stream().map(doc -> doc.getString("title")))
                .contains("First, with a comma", "Second", "Fourth");
    }

    /**
     * The batches of an import move the tag counts as they write (no recount of the store at the end): when
     * the run ends, each count is the number of articles carrying the tag, after a first import, a re-import
     * that changes some articles' tags, and one that changes nothing.
     */
    @Test
    void theTagCountsAreExactWhenABulkImportEndsWithoutARecount() throws Exception {
        String tag = Conduit.unique("counted-");
        long source = Operations.addSource(Conduit.unique("tags-"), "/bulk/tags.ndjson", owner.username(), 10, "[]")
                .getJsonNumber("id").longValue();
        Path file = files.resolve("tagged.ndjson");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 2500; i++) {
            lines.add("{\"id\":\"tagged-" + i + "\",\"title\":\"Tagged " + i + "\",\"body\":\"b\",\"tags\":[\"" + tag
                    + "\",\"" + tag + "-" + i % 3 + "\"]}");
        }
        Files.write(file, lines);
        JsonObject run = Operations.awaitEnd(Operations.start("bulk-import",
                "{\"source\":\"" + source + "\",\"file\":\"" + file + "\",\"partitions\":\"2\"}"), RUN);
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(step(run, "tag-counts").getString("exitStatus")).isEqualTo("COUNTED AS WRITTEN");
        assertThat(tagCounts(tag)).isEqualTo(Map.of(tag, 2500L, tag + "-0", 833L, tag + "-1", 834L, tag + "-2", 833L))
                .isEqualTo(articlesPerTag(tag));
        assertThat(Conduit.json(Conduit.get("/tags", null)).getJsonArray("tags").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList()).as("listed as soon as the run has ended").contains(tag);

        for (int i = 1; i <= 300; i++) {
            lines.set(i - 1, lines.get(i - 1).replace("\"" + tag + "-" + i % 3 + "\"", "\"" + tag + "-new\""));
        }
        Files.write(file, lines);
        for (String time : List.of("changed", "unchanged")) {
            JsonObject again = Operations.awaitEnd(Operations.start("bulk-import",
                    "{\"source\":\"" + source + "\",\"file\":\"" + file + "\"}"), RUN);
            assertThat(again.getString("status")).as(again.toString()).isEqualTo("COMPLETED");
            assertThat(tagCounts(tag)).as(time).isEqualTo(Map.of(tag, 2500L, tag + "-0", 733L, tag + "-1", 734L,
                    tag + "-2", 733L, tag + "-new", 300L)).isEqualTo(articlesPerTag(tag));
        }
    }

    static JsonObject step(JsonObject run, String name) {
        return run.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(step -> step.getString("name").equals(name)).findFirst().orElseThrow();
    }

    /** The stored counts of the tags that start with this prefix. */
    static Map<String, Long> tagCounts(String prefix) {
        Map<String, Long> counts = new TreeMap<>();
        Conduit.mongo().getCollection("tag_counts").find(Filters.regex("_id", "^" + prefix))
                .forEach(count -> counts.put(count.getString("_id"), count.get("articles", Number.class).longValue()));
        return counts;
    }

    /** How many articles carry each tag that starts with this prefix. */
    static Map<String, Long> articlesPerTag(String prefix) {
        Map<String, Long> counts = new TreeMap<>();
        Conduit.mongo().getCollection("articles").find(Filters.regex("tagList", "^" + prefix))
                .forEach(article -> article.getList("tagList", String.class).stream().filter(tag -> tag.startsWith(prefix))
                        .forEach(tag -> counts.merge(tag, 1L, Long::sum)));
        return counts;
    }

    @Test
    void tooManyRejectsFailTheRun() throws Exception {
        Path file = files.resolve("mostly-bad.ndjson");
        Files.write(file, List.of("{\"id\":\"1\",\"title\":\"fine\",\"body\":\"b\"}", "not json", "[]",
                "{\"id\":\"4\",\"title\":\"fine too\",\"body\":\"b\"}", "{\"id\":\"5\",\"title\":\"ok\",\"body\":\"b\"}"));
        long source = Operations.addSource(Conduit.unique("strict-"), "/bulk/strict.ndjson", owner.username(), 10, "[]")
                .getJsonNumber("id").longValue();
        JsonObject run = Operations.awaitEnd(Operations.start("bulk-import",
                "{\"source\":\"" + source + "\",\"file\":\"" + file + "\"}"), RUN);
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("exitStatus"))
                .isEqualTo("FAILED: too many rejects: 2 of 5 records (40 %), more than the source's 10 %");
    }

    @Test
    void anHttpFeedIsFetchedWithAConditionalGetAndAnHttpErrorFailsTheRun() throws Exception {
        List<String> validators = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.json", exchange -> {
            validators.add(String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")));
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                byte[] body = """
                        {"version":"https://jsonfeed.org/version/1.1","title":"t","items":[
                          {"id":"j-1","title":"From JSON Feed","content_html":"<p>hello</p>","tags":["json"],
                           "date_published":"2026-11-25T10:00:00Z"}]}
                        """.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                exchange.getResponseHeaders().add("Content-Type", "application/feed+json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.createContext("/gone.json", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            long source = Operations.addSource(Conduit.unique("http-"), base + "/feed.json", owner.username(), 10, "[]")
                    .getJsonNumber("id").longValue();
            JsonObject first = Operations.awaitEnd(Operations.start("feed-import", "{\"source\":\"" + source + "\"}"), RUN);
            assertThat(first.getString("exitStatus")).isEqualTo("COMPLETED: 1 records, 0 rejected");
            assertThat(imported(source)).singleElement().satisfies(doc ->
                    assertThat(doc.getString("title")).isEqualTo("From JSON Feed"));
            JsonObject second = Operations.awaitEnd(Operations.start("feed-import", "{\"source\":\"" + source + "\"}"), RUN);
            assertThat(second.getString("exitStatus")).isEqualTo("UNCHANGED");
            assertThat(validators).containsExactly("null", "\"v1\"");

            long gone = Operations.addSource(Conduit.unique("gone-"), base + "/gone.json", owner.username(), 10, "[]")
                    .getJsonNumber("id").longValue();
            JsonObject failed = Operations.awaitEnd(Operations.start("feed-import", "{\"source\":\"" + gone + "\"}"), RUN);
            assertThat(failed.getString("status")).isEqualTo("FAILED");
            assertThat(failed.getString("exitStatus")).isEqualTo("FAILED: " + base + "/gone.json answered HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void twoRunsForOneSourceNeverOverlap() throws Exception {
        Path file = files.resolve("overlap.ndjson");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 8_000; i++) {
            lines.add("{\"id\":\"o-" + i + "\",\"title\":\"Overlap " + i + "\",\"body\":\"<p>" + "x".repeat(200) + "</p>\"}");
        }
        Files.write(file, lines);
        long source = Operations.addSource(Conduit.unique("overlap-"), "/bulk/overlap.ndjson", owner.username(), 10, "[]")
                .getJsonNumber("id").longValue();
        String parameters = "{\"source\":\"" + source + "\",\"file\":\"" + file + "\"}";
        long one = Operations.start("bulk-import", parameters);
        long two = Operations.start("bulk-import", parameters);
        List<JsonObject> runs = List.of(Operations.awaitEnd(one, RUN), Operations.awaitEnd(two, RUN));
        assertThat(runs.stream().map(run -> run.getString("status")).sorted().toList())
                .containsExactly("COMPLETED", "FAILED");
        assertThat(runs).anySatisfy(run -> assertThat(run.getString("exitStatus"))
                .isEqualTo("FAILED: feed source " + source + " is being imported by another run"));
        assertThat(count(source)).isEqualTo(8_000);
    }

    @Test
    void aJobRequestOnTheBusStartsTheJob() throws Exception {
        int before = executions("aggregate");
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + System.getenv("RT_ARTEMIS_PORT"), System.getenv("RT_ARTEMIS_USER"),
                System.getenv("RT_ARTEMIS_PASSWORD"));
             JMSContext context = factory.createContext()) {
            context.createProducer().send(context.createQueue("rt.job.requests"),
                    "{\"job\":\"aggregate\",\"parameters\":{\"requestedBy\":\"PipelineIT\"}}");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        boolean requested = false;
        while (!requested && System.nanoTime() < deadline) {
            for (JsonObject run : recent("aggregate")) {
                requested |= "PipelineIT".equals(run.getJsonObject("parameters").getString("requestedBy", null));
            }
            Thread.sleep(250);
        }
        assertThat(requested).as("an aggregate execution with the request's parameters, after " + before).isTrue();
    }

    @Test
    void theExecutionListWaitsOutAJobInstanceThatIsBeingWritten() throws Exception {
        long done = Operations.start("aggregate", "{}");
        Operations.awaitEnd(done, RUN);
        // the runtime writes a new instance, then its status and its first execution: hold an instance
        // without them for a moment, as a job being started does, then let it go
        long instance;
        try (Connection db = Conduit.jdbc(); PreparedStatement starting = db.prepareStatement("""
                INSERT INTO jbatchjobinstancedata (name, apptag)
                SELECT i.name, i.apptag FROM jbatchjobinstancedata i
                JOIN jbatchexecutioninstancedata e ON e.jobinstanceid = i.jobinstanceid
                WHERE e.jobexecid = ? RETURNING jobinstanceid""");
             ResultSet row = query(starting, done)) {
            row.next();
            instance = row.getLong(1);
        }
        CompletableFuture<Void> written = CompletableFuture.runAsync(() -> {
            try (Connection db = Conduit.jdbc(); PreparedStatement remove = db.prepareStatement(
                    "DELETE FROM jbatchjobinstancedata WHERE jobinstanceid = ?")) {
                Thread.sleep(300);
                remove.setLong(1, instance);
                remove.executeUpdate();
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(Operations.json(Operations.admin("GET", "/jobs/aggregate/executions", null), 200)
                    .getJsonArray("executions").getValuesAs(jakarta.json.JsonNumber.class))
                    .extracting(jakarta.json.JsonNumber::longValue).contains(done);
        } finally {
            written.get();
        }
    }

    private static ResultSet query(PreparedStatement statement, long parameter) throws SQLException {
        statement.setLong(1, parameter);
        return statement.executeQuery();
    }

    @Test
    void thePurgeJobRemovesRejectRecordsOlderThanTheRetentionOnly() throws Exception {
        long old = Instant.now().minus(Duration.ofDays(45)).toEpochMilli();
        String stale = Conduit.unique("stale-");
        String fresh = Conduit.unique("fresh-");
        var rejects = Conduit.mongo().getCollection("import_rejects");
        rejects.insertOne(new Document("_id", stale).append("jobInstanceId", -1L).append("at", old));
        rejects.insertOne(new Document("_id", fresh).append("jobInstanceId", -1L).append("at", System.currentTimeMillis()));
        JsonObject run = Operations.awaitEnd(Operations.start("purge", "{}"), RUN);
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getJsonArray("steps").getJsonObject(0).getString("exitStatus")).startsWith("PURGED ");
        assertThat(rejects.countDocuments(Filters.eq("_id", stale))).isZero();
        assertThat(rejects.countDocuments(Filters.eq("_id", fresh))).isOne();
    }

    @Test
    void theAggregateJobComputesTrendingArticlesAndAuthorStatistics() throws Exception {
        Conduit.User author = Conduit.register("trendsetter");
        Conduit.User reader = Conduit.register("reader");
        String slug = Conduit.createArticle(author, "Worth a favorite", "trend").getString("slug");
        Conduit.createArticle(author, "Second by the same author", "trend");
        assertThat(Conduit.post("/articles/" + slug + "/favorite", reader.token(), null).statusCode()).isEqualTo(200);

        JsonObject run = Operations.awaitEnd(Operations.start("aggregate", "{}"), RUN);
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        Document trending = Conduit.mongo().getCollection("trending").find(Filters.eq("slug", slug)).first();
        assertThat(trending).isNotNull();
        assertThat(trending.getDouble("score")).isPositive();
        Document stats = Conduit.mongo().getCollection("author_stats").find(Filters.eq("_id", author.id())).first();
        assertThat(stats).isNotNull();
        assertThat(((Number) stats.get("articles")).intValue()).isEqualTo(2);
        assertThat(((Number) stats.get("favorites")).longValue()).isEqualTo(1);
    }

    private static int executions(String job) {
        return Operations.json(Operations.admin("GET", "/jobs/" + job + "/executions", null), 200)
                .getJsonArray("executions").size();
    }

    private static List<JsonObject> recent(String job) {
        return Operations.json(Operations.admin("GET", "/jobs/" + job + "/executions", null), 200)
                .getJsonArray("executions").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(id -> Operations.json(Operations.admin("GET", "/executions/" + id.longValue(), null), 200))
                .toList();
    }

    static List<Document> imported(long source) {
        return Conduit.mongo().getCollection("articles").find(Filters.eq("sourceId", source)).into(new ArrayList<>());
    }

    static long count(long source) {
        return Conduit.mongo().getCollection("articles").countDocuments(Filters.eq("sourceId", source));
    }

    private static Map<String, Long> updatedAt(List<Document> articles) {
        return articles.stream().collect(Collectors.toMap(doc -> doc.getString("_id"), doc -> doc.getLong("updatedAt")));
    }

    private static String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>News</title><link>https://example.org</link><description>d</description>
                <item><guid>item-1</guid><title>Safe &amp; sound</title>
                  <category>JVM</category><category>Java</category><category>drop-me</category>
                  <pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate>
                  <description><![CDATA[<p onclick="alert(1)"><b>bold</b> <a href="javascript:alert(2)">x</a>
                  <a href="https://example.org/a">link</a></p><script>alert(3)</script>]]></description></item>
                <item><guid>item-2</guid><description>no title here</description></item>
                <item><guid>item-3</guid><title>With content</title><description>short</description>
                  <content:encoded><![CDATA[<h2>Full</h2><p>text</p>]]></content:encoded></item>
                <item><guid>item-4</guid><title>Plain</title><description>plain text</description></item>
                </channel></rss>
                """;
    }
}
