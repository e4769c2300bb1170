package dev.redtortoise.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The RealWorld project's own API test collection, run by newman against the stack, must pass in full. */
class NewmanIT {

    static final Path COLLECTION = Path.of(System.getProperty("it.contract.dir"), "Conduit.postman_collection.json");
    static final Path REPORTS = Stack.ROOT.resolve("system-tests/target/newman");

    @Test
    void theOfficialCollectionPassesTwiceInARowWithFreshUsers() throws Exception {
        // the second run meets the articles, comments and follows the first one left behind
        for (int run = 1; run <= 2; run++) {
            String username = Conduit.unique("newman" + run + "-");
            Run result = newman(username);

            assertThat(result.exitCode()).as("newman run %d (%s) exit code; output:%n%s", run, username, result.output())
                    .isZero();
            JsonObject assertions = result.report().getJsonObject("run").getJsonObject("stats")
                    .getJsonObject("assertions");
            assertThat(assertions.getInt("failed")).as("failed assertions of run %d; output:%n%s", run, result.output())
                    .isZero();
            assertThat(assertions.getInt("total")).as("assertions of run %d", run).isGreaterThan(100);
        }
    }

    record Run(int exitCode, String output, JsonObject report) {
    }

    private static Run newman(String username) throws IOException, InterruptedException {
        Files.createDirectories(REPORTS);
        Path report = REPORTS.resolve(username + ".json");
        Path output = REPORTS.resolve(username + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("npx", "--yes", "newman@6.2.2", "run", COLLECTION.toString(),
                "--global-var", "APIURL=" + Stack.url("/api"),
                "--global-var", "USERNAME=" + username,
                "--global-var", "EMAIL=" + username + "@mail.com",
                "--global-var", "PASSWORD=password",
                "--reporters", "cli,json", "--reporter-json-export", report.toString()))
                .directory(Stack.ROOT.toFile())
                .redirectErrorStream(true)
                // to a file, not a pipe: a full pipe would stall newman and the timeout below would never apply
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.put("npm_config_yes", "true");
        env.put("npm_config_update_notifier", "false");
        env.put("NO_COLOR", "1");

        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly); // npx's node child would outlive npx
            process.destroyForcibly();
            throw new AssertionError("newman did not finish within 5 minutes:\n" + read(output));
        }
        String log = read(output);
        assertThat(report).as("newman's JSON report; output:%n%s", log).exists();
        try (Reader reader = Files.newBufferedReader(report, StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(reader)) {
            return new Run(process.exitValue(), log, json.readObject());
        }
    }

    /** Lenient about bytes that are not UTF-8, so a stray one cannot hide newman's output. */
    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
