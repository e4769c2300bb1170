package dev.redtortoise.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second stack of its own, on the embedded PostgreSQL that ./tortoise up unpacks from Maven Central when
 * no server answers (forced here with RT_DB_MODE=embedded): it comes up, its database can stop and come back
 * under the running server with its data, and it stops completely. It runs the API and orchestration parts
 * only, as production instances do: without the front end, the server's default web module is not deployed,
 * and every check must still answer UP. Its stack shares nothing with the suite's (own ports, broker, stores),
 * so it runs beside the other classes instead of after them.
 */
@Execution(ExecutionMode.CONCURRENT)
class EmbeddedPostgresIT {

    static final Path DATA = Path.of(System.getProperty("it.stack.dir")).resolveSibling("embedded-stack");
    static final int HTTP_PORT = 18090;
    static final Map<String, String> SETTINGS = Map.of(
            "RT_DB_MODE", "embedded",
            "RT_DB_URL", "",
            "RT_DATA_DIR", DATA.toString(),
            "RT_HTTP_PORT", String.valueOf(HTTP_PORT),
            "RT_HAZELCAST_PORT", "16950",
            "RT_EMBEDDED_PG_PORT", "15433",
            "RT_MONGO_PORT", "27127",
            "RT_ARTEMIS_PORT", "61726",
            "RT_PARTS", "api,orchestration",
            "RT_SENTRY", ""); // the shared stack's Spotlight has the port; this stack reports nowhere

    @Test
    void theEmbeddedDatabaseServesTheStackComesBackWithItsDataAndStopsWithIt() throws Exception {
        try {
            Stack.Run first = Stack.tortoise("up", SETTINGS);
            assertThat(first.exitCode()).as(first.output()).isZero();
            assertThat(first.output()).contains("PostgreSQL: embedded on 127.0.0.1:15433");
            assertThat(readiness()).startsWith("{\"status\":\"UP\"").contains("\"name\":\"postgres\"")
                    .contains("{\"name\":\"artemis\",\"status\":\"UP\"");
            String user = "embedded" + Conduit.suffix();
            assertThat(api("/users", "{\"user\":{\"username\":\"" + user + "\",\"email\":\"" + user
                    + "@example.com\",\"password\":\"embedded-password\"}}").statusCode()).isEqualTo(201);

            aStoppedDatabaseTurnsItsCheckDownWithinTenSecondsAndUpWhenItReturns();
            assertThat(api("/users/login", "{\"user\":{\"email\":\"" + user
                    + "@example.com\",\"password\":\"embedded-password\"}}").statusCode())
                    .as("the account written before the database stopped is still there").isEqualTo(200);

            long postgres = Long.parseLong(Files.readString(DATA.resolve("run/postgres.pid")).trim());
            long payara = Long.parseLong(Files.readString(DATA.resolve("run/payara.pid")).trim());
            assertThat(Stack.tortoise("down", SETTINGS).exitCode()).isZero();
            assertThat(ProcessHandle.of(postgres)).as("the embedded server stopped").isEmpty();
            assertThat(ProcessHandle.of(payara)).as("Payara Micro stopped").isEmpty();
        } finally {
            Stack.tortoise("down", SETTINGS);
        }
    }

    private static void aStoppedDatabaseTurnsItsCheckDownWithinTenSecondsAndUpWhenItReturns() throws Exception {
        long payara = Long.parseLong(Files.readString(DATA.resolve("run/payara.pid")).trim());
        long postgres = Long.parseLong(Files.readString(DATA.resolve("run/postgres.pid")).trim());
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
        assertThat(Long.parseLong(Files.readString(DATA.resolve("run/payara.pid")).trim()))
                .as("Payara Micro was not restarted").isEqualTo(payara);
    }

    private static HttpResponse<String> api(String path, String body) throws Exception {
        return Stack.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/api" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String readiness() throws Exception {
        HttpResponse<String> response = Stack.HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + HTTP_PORT + "/health/ready")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body().replaceAll("\\s", "");
    }
}
