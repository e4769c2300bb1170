package dev.redtortoise.system;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second stack of its own, as production runs: two Payara Micro instances in one Hazelcast cluster behind
 * HAProxy ({@code RT_INSTANCES=2}), with the API and orchestration parts only, on the embedded PostgreSQL that
 * {@code ./tortoise up} unpacks from Maven Central when no server answers (forced here with
 * {@code RT_DB_MODE=embedded}). A write on one instance is read on the other; a geo-blocking change made on one
 * applies on the other; Payara Server's admin console joins their Data Grid and changes a log level on both; a run
 * of a source being imported on one instance is refused on the other; when one is killed the balancer answers
 * from the other, the survivor takes every turn of the schedules and marks the dead instance's import run as
 * interrupted; the database can stop and come back under the running servers;
 * {@code down} stops it all. Its stack shares nothing with the suite's (own ports, broker, stores), so it runs beside
 * the other classes instead of after them.
 */
@Execution(ExecutionMode.CONCURRENT)
class ClusterIT {

    static final Path DATA = Path.of(System.getProperty("it.stack.dir")).resolveSibling("embedded-stack");
    static final int HTTP_PORT = 18090;
    static final int FIRST = 18091;
    static final int SECOND = 18092;
    static final int PG_PORT = 15433;
    static final int RECORDS = 20_000;
    static final Map<String, String> SETTINGS = settings();

    private static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(Map.of(
                "RT_DB_MODE", "embedded",
                "RT_DB_URL", "",
                "RT_DATA_DIR", DATA.toString(),
                "RT_HTTP_PORT", String.valueOf(HTTP_PORT),
                "RT_HAZELCAST_PORT", "16950",
                "RT_EMBEDDED_PG_PORT", String.valueOf(PG_PORT),
                "RT_MONGO_PORT", "27127",
                "RT_ARTEMIS_PORT", "61726",
                "RT_PARTS", "api,orchestration",
                "RT_SENTRY", "")); // the shared stack's Spotlight has the port; this stack reports nowhere
        // the secrets left to ./tortoise to generate (NoSecretsInLogsIT looks for them in the logs)
        settings.put("RT_ADMIN_PASSWORD", "");
        settings.put("RT_JWT_SECRET", "");
        settings.put("RT_ARTEMIS_PASSWORD", "");
        settings.put("RT_INSTANCES", "2");
        settings.put("RT_DAS_PORTBASE", "15600");
        settings.put("RT_ORCHESTRATION_LEASE", "PT10S");
        settings.put("RT_JAVA_OPTS", "-Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
        return settings;
    }

    @Test
    void twoInstancesBehindTheBalancerServeAsOneAndTheSurvivorCarriesOnWhenOneIsKilled() throws Exception {
        try {
            Stack.Run first = Stack.tortoise("up", SETTINGS);
            assertThat(first.exitCode()).as(first.output()).isZero();
            assertThat(first.output()).contains("PostgreSQL: embedded on 127.0.0.1:" + PG_PORT)
                    .contains("HAProxy: port " + HTTP_PORT);
            // one line per instance; under the suite's load a check may miss its deadline now and then
            Pattern bothUp = Pattern.compile("payara-1: port " + FIRST + ", pid \\d+, UP\npayara-2: port " + SECOND
                    + ", pid \\d+, UP");
            Stack.await("both instances UP in ./tortoise status", Duration.ofSeconds(30),
                    () -> bothUp.matcher(status()).find());
            assertThat(Files.readString(DATA.resolve("logs/payara-2.log"))).as("one Hazelcast cluster")
                    .contains("DG Name: redtortoise-" + HTTP_PORT + " DG Size: 2");

            aWriteOnOneInstanceIsReadOnTheOther();
            aGeoBlockingChangeMadeOnOneInstanceAppliesOnTheOther();
            thePayaraAdminConsoleSeesBothInstancesAndChangesTheirLogLevel();
            aKilledInstancesWorkGoesOnOnTheOther();
            aStoppedDatabaseTurnsItsCheckDownWithinTenSecondsAndUpWhenItReturns();

            long postgres = pid("postgres");
            List<Long> payaras = List.of(pid("payara-1"), pid("payara-2"), pid("haproxy"));
            assertThat(Stack.tortoise("down", SETTINGS).exitCode()).isZero();
            assertThat(ProcessHandle.of(postgres)).as("the embedded server stopped").isEmpty();
            assertThat(payaras).as("both instances and the balancer stopped").allMatch(pid -> ProcessHandle.of(pid).isEmpty());
        } finally {
            Stack.tortoise("down", SETTINGS);
        }
    }

    private static void aWriteOnOneInstanceIsReadOnTheOther() throws Exception {
        String user = "cluster" + Conduit.suffix();
        assertThat(send(FIRST, "POST", "/api/users", null, "{\"user\":{\"username\":\"" + user + "\",\"email\":\"" + user
                + "@example.com\",\"password\":\"cluster-password\"}}").statusCode()).isEqualTo(201);
        HttpResponse<String> login = send(SECOND, "POST", "/api/users/login", null, "{\"user\":{\"email\":\"" + user
                + "@example.com\",\"password\":\"cluster-password\"}}");
        assertThat(login.statusCode()).as("the account written on the first instance signs in on the second").isEqualTo(200);
        String token = json(login).getJsonObject("user").getString("token");
        HttpResponse<String> created = send(HTTP_PORT, "POST", "/api/articles", token,
                "{\"article\":{\"title\":\"Clustered " + user + "\",\"description\":\"d\",\"body\":\"b\",\"tagList\":[]}}");
        assertThat(created.statusCode()).isEqualTo(201);
        String slug = json(created).getJsonObject("article").getString("slug");
        for (int port : new int[] {FIRST, SECOND}) {
            assertThat(send(port, "GET", "/api/articles?author=" + user, null, null).body()).as("the list on port %d", port)
                    .contains("\"slug\":\"" + slug + "\"");
        }
    }

    private static void aGeoBlockingChangeMadeOnOneInstanceAppliesOnTheOther() throws Exception {
        assertThat(ops(FIRST, "PUT", "/geo-policy", "{\"mode\":\"DENY\",\"countries\":[\"US\"],\"exemptPaths\":[\"/health\","
                + "\"/orchestration/ops/geo-policy\"]}").statusCode()).isEqualTo(200);
        try {
            Stack.await("the second instance refusing a US client", Duration.ofSeconds(20),
                    () -> fromUnitedStates(SECOND).statusCode() == 403);
            assertThat(fromUnitedStates(SECOND).body()).contains("(US)");
        } finally {
            assertThat(ops(FIRST, "PUT", "/geo-policy", "{\"mode\":\"OFF\",\"countries\":[],\"exemptPaths\":[\"/health\"]}")
                    .statusCode()).isEqualTo(200);
        }
        Stack.await("the second instance admitting a US client again", Duration.ofSeconds(20),
                () -> fromUnitedStates(SECOND).statusCode() == 200);
    }

    private static HttpResponse<String> fromUnitedStates(int port) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tags"))
                .header("X-Forwarded-For", "8.8.8.8").timeout(Duration.ofSeconds(20)).GET().build());
    }

    /**
     * Operators: {@code ./tortoise das up} starts Payara Server's admin console (a DAS) in the instances' Data Grid;
     * it lists both instances, and a log level set through it is read back from each; {@code das down} stops it.
     */
    private static void thePayaraAdminConsoleSeesBothInstancesAndChangesTheirLogLevel() throws Exception {
        try {
            Stack.Run up = Stack.tortoise("das up", SETTINGS);
            assertThat(up.exitCode()).as(up.output()).isZero();
            assertThat(up.output()).contains("admin console     http://localhost:15648/")
                    .doesNotContain(Files.readString(DATA.resolve("das-password")).strip());
            assertThat(Stack.tortoise("das status", SETTINGS).output()).contains("instances in its grid: payara-1 payara-2");
            Stack.Run level = Stack.tortoise("das log-level dev.redtortoise FINE", SETTINGS);
            assertThat(level.exitCode()).as(level.output()).isZero();
            assertThat(level.output()).contains("payara-1: dev.redtortoise <FINE>", "payara-2: dev.redtortoise <FINE>");
        } finally {
            Stack.Run down = Stack.tortoise("das down", SETTINGS);
            assertThat(down.exitCode()).as(down.output()).isZero();
        }
        assertThat(Stack.tortoise("das status", SETTINGS).output()).contains("das: not running");
    }

    /**
     * A bulk import runs on the first instance; it is killed with {@code kill -9} while requests go through the
     * balancer: every one is answered, the second instance takes every turn of the schedules from then on and,
     * once the first one's lease is over, marks its run FAILED as interrupted; restarted on the second instance, the
     * run ends with every record exactly once; {@code up} starts only the dead one.
     */
    private static void aKilledInstancesWorkGoesOnOnTheOther() throws Exception {
        Path file = Files.createTempDirectory("cluster-it").resolve("big.ndjson");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= RECORDS; i++) {
            lines.add("{\"id\":\"c-" + i + "\",\"title\":\"Cluster " + i + "\",\"description\":\"d\",\"body\":\"<p>"
                    + "z".repeat(200) + "</p>\",\"tags\":[\"cluster\"]}");
        }
        Files.write(file, lines);
        String owner = "clusterowner" + Conduit.suffix();
        send(FIRST, "POST", "/api/users", null, "{\"user\":{\"username\":\"" + owner + "\",\"email\":\"" + owner
                + "@example.com\",\"password\":\"cluster-password\"}}");
        long source = json(ops(FIRST, "POST", "/sources", "{\"name\":\"cluster-" + owner + "\",\"location\":\"/bulk/c.ndjson\","
                + "\"owner\":\"" + owner + "\",\"enabled\":false,\"maxRejectPercent\":10,\"rules\":[]}"))
                .getJsonNumber("id").longValue();
        HttpResponse<String> started = ops(FIRST, "POST", "/jobs/bulk-import",
                "{\"source\":\"" + source + "\",\"file\":\"" + file + "\",\"partitions\":\"1\"}");
        assertThat(started.statusCode()).as(started.body()).isIn(200, 201, 202);
        long execution = json(started).getJsonNumber("execution").longValue();
        Stack.await("the import under way on the first instance", Duration.ofSeconds(60),
                () -> "STARTED".equals(status(execution)));

        // the source's claim is in the shared database: a second run of it on the other instance does not start
        HttpResponse<String> second = ops(SECOND, "POST", "/jobs/bulk-import",
                "{\"source\":\"" + source + "\",\"file\":\"" + file + "\",\"partitions\":\"1\"}");
        assertThat(second.statusCode()).as(second.body()).isIn(200, 201, 202);
        long refused = json(second).getJsonNumber("execution").longValue();
        Stack.await("the second instance's run of the same source ended", Duration.ofSeconds(60),
                () -> "FAILED".equals(status(refused)));
        assertThat(json(ops(SECOND, "GET", "/executions/" + refused, null)).getString("exitStatus"))
                .isEqualTo("FAILED: feed source " + source + " is being imported by another run");
        assertThat(status(execution)).as("the first instance's run goes on").isEqualTo("STARTED");

        long survivor = pid("payara-2");
        CompletableFuture<List<Integer>> during = CompletableFuture.supplyAsync(() -> {
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                codes.add(send(HTTP_PORT, "GET", "/api/tags", null, null).statusCode());
            }
            return codes;
        });
        ProcessHandle first = ProcessHandle.of(pid("payara-1")).orElseThrow();
        first.destroyForcibly();
        first.onExit().get();
        Instant killed = Instant.now();
        assertThat(during.get()).as("answers through the balancer while an instance dies").containsOnly(200);

        Stack.await("the dead instance's run marked interrupted by the survivor", Duration.ofSeconds(45),
                () -> "FAILED".equals(status(execution)));
        assertThat(json(ops(SECOND, "GET", "/executions/" + execution, null)).getString("exitStatus"))
                .isEqualTo("FAILED: interrupted, the server stopped during the run");
        Stack.await("turns of the schedules taken by the survivor", Duration.ofSeconds(20),
                () -> turnsTakenSince(killed).contains(Stack.hostName() + "-" + SECOND));
        assertThat(turnsTakenSince(killed)).as("no turn on the dead instance").doesNotContain(Stack.hostName() + "-" + FIRST);

        HttpResponse<String> restart = ops(SECOND, "POST", "/executions/" + execution + "/restart", null);
        assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
        long restarted = json(restart).getJsonNumber("execution").longValue();
        Stack.await("the restart on the survivor completed", Duration.ofSeconds(120),
                () -> "COMPLETED".equals(status(restarted)));
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + SETTINGS.get("RT_MONGO_PORT"))) {
            assertThat(mongo.getDatabase("redtortoise").getCollection("articles").countDocuments(Filters.eq("sourceId", source)))
                    .as("every record exactly once after the restart on the other instance").isEqualTo(RECORDS);
        }

        Stack.Run again = Stack.tortoise("up", SETTINGS);
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(pid("payara-2")).as("the survivor was not restarted").isEqualTo(survivor);
        assertThat(send(FIRST, "GET", "/health/ready", null, null).statusCode()).isEqualTo(200);
    }

    private static void aStoppedDatabaseTurnsItsCheckDownWithinTenSecondsAndUpWhenItReturns() throws Exception {
        long payara = pid("payara-1");
        long postgres = pid("postgres");
        // SIGINT: PostgreSQL's fast shutdown, which does not wait for the pool's connections to close
        new ProcessBuilder("kill", "-INT", String.valueOf(postgres)).start().waitFor();
        ProcessHandle.of(postgres).ifPresent(process -> process.onExit().join());
        long stopped = System.nanoTime();
        Pattern down = Pattern.compile("\"name\":\"postgres\",\"status\":\"DOWN\",\"data\":\\{[^}]*\"reason\":\"[^\"]+\"");
        while (!down.matcher(readiness()).find()) {
            assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(Duration.ofSeconds(10));
            Thread.sleep(250);
        }
        Stack.Run again = Stack.tortoise("up", SETTINGS);
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(readiness()).startsWith("{\"status\":\"UP\"");
        assertThat(pid("payara-1")).as("Payara Micro was not restarted").isEqualTo(payara);
    }

    private static List<String> turnsTakenSince(Instant since) {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PG_PORT + "/"
                + System.getenv("RT_DB_NAME"), "postgres", "postgres");
             PreparedStatement query = db.prepareStatement("SELECT DISTINCT instance FROM schedule_turn WHERE fired_at > ?")) {
            query.setTimestamp(1, java.sql.Timestamp.from(since.plusSeconds(1)));
            List<String> instances = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    instances.add(rows.getString(1));
                }
            }
            return instances;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String status() {
        try {
            return Stack.tortoise("status", SETTINGS).output();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String status(long execution) {
        return json(ops(SECOND, "GET", "/executions/" + execution, null)).getString("status");
    }

    private static long pid(String service) throws Exception {
        return Long.parseLong(Files.readString(DATA.resolve("run/" + service + ".pid")).trim());
    }

    private static HttpResponse<String> ops(int port, String method, String path, String body) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + adminPassword()).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/orchestration/ops" + path))
                .header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(30));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    /** The administrator password ./tortoise generated for this stack. */
    private static String adminPassword() {
        try {
            return Files.readString(DATA.resolve("admin-password")).strip();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(int port, String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Token " + token);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return Stack.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The first instance's own readiness (the balancer answers 503 when no instance is ready). */
    private static String readiness() {
        return send(FIRST, "GET", "/health/ready", null, null).body().replaceAll("\\s", "");
    }
}
