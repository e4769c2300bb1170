package dev.redtortoise.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports that fail part-way and are restarted: MongoDB stopped during a run, and the server killed
 * ({@code kill -9}) in the middle of a bulk import. Once the part is back, the execution is restarted and
 * goes on from its last checkpoints: in the end every record is there exactly once.
 */
class PipelineRestartIT {

    static final int RECORDS = 12_000;
    static final Duration RUN = Duration.ofSeconds(120);

    @Test
    void aMongoDbOutageFailsTheRunWithItsReasonAndTheRestartCompletesIt() throws Exception {
        Conduit.User owner = Conduit.register("outage");
        Path feed = Files.createTempDirectory("outage-it").resolve("feed.json");
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            items.append(i > 1 ? "," : "").append("{\"id\":\"o-").append(i).append("\",\"title\":\"Outage ").append(i)
                    .append("\",\"content_html\":\"<p>body</p>\"}");
        }
        Files.writeString(feed, "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":[" + items + "]}");
        long source = Operations.addSource(Conduit.unique("outage-"), feed.toString(), owner.username(), 10, "[]")
                .getJsonNumber("id").longValue();

        ProcessHandle mongo = ProcessHandle.of(Stack.pid("mongo")).orElseThrow();
        mongo.destroy();
        mongo.onExit().get(30, TimeUnit.SECONDS);
        JsonObject failed;
        HttpResponse<String> trash;
        try {
            failed = Operations.awaitEnd(Operations.start("feed-import", "{\"source\":\"" + source + "\"}"), RUN);
            trash = Operations.admin("GET", "/deleted-articles", null);
        } finally {
            Stack.tortoise("up");
        }
        // the operations endpoint answers as the API does: the store is down, try again (not a 500 incident)
        assertThat(trash.statusCode()).as(trash.body()).isEqualTo(503);
        assertThat(trash.body()).isEqualTo("{\"errors\":{\"body\":[\"a data store is unavailable; try again shortly\"]}}");
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("exitStatus")).startsWith("FAILED: MongoDB failed: ");

        JsonObject restarted = Operations.awaitEnd(Operations.json(Operations.admin("POST",
                "/executions/" + failed.getJsonNumber("execution").longValue() + "/restart", null), 202)
                .getJsonNumber("execution").longValue(), RUN);
        assertThat(restarted.getString("status")).as(restarted.toString()).isEqualTo("COMPLETED");
        assertThat(PipelineIT.count(source)).isEqualTo(50);
    }

    @Test
    void aBulkImportKilledMidwayAndRestartedEndsWithEveryRecordExactlyOnce() throws Exception {
        Conduit.User owner = Conduit.register("restarter");
        Path file = Files.createTempDirectory("restart-it").resolve("big.ndjson");
        String tag = Conduit.unique("restart-");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= RECORDS; i++) {
            lines.add("{\"id\":\"r-" + i + "\",\"title\":\"Restart " + i + "\",\"description\":\"d\",\"body\":\"<p>"
                    + "y".repeat(300) + " " + i + "</p>\",\"tags\":[\"" + tag + "\"],\"publishedAt\":\"2026-11-20T10:00:00Z\"}");
        }
        Files.write(file, lines);
        long source = Operations.addSource(Conduit.unique("restart-"), "/bulk/restart.ndjson", owner.username(), 10,
                "[]").getJsonNumber("id").longValue();
        long execution = Operations.start("bulk-import",
                "{\"source\":\"" + source + "\",\"file\":\"" + file + "\",\"partitions\":\"2\"}");

        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        long seen = 0;
        while (seen < RECORDS / 5 && System.nanoTime() < deadline) {
            seen = PipelineIT.count(source);
            Thread.sleep(100);
        }
        assertThat(seen).as("the import is under way before the kill").isBetween((long) RECORDS / 5, RECORDS - 1L);
        ProcessHandle payara = ProcessHandle.of(Stack.pid("payara")).orElseThrow();
        payara.destroyForcibly();
        payara.onExit().get(30, TimeUnit.SECONDS);
        long atKill = PipelineIT.count(source);

        List<String> answers = bootAnswers(() -> Stack.tortoise("up"));
        assertThat(answers).as("what /api answered while the server booted, each change once: refused connections "
                + "until it is deployed, never a 404").doesNotContain("404").endsWith("200")
                .isSubsetOf(List.of("no connection", "503", "200"));
        // marked by the new process at its start (the run's owner is its previous process, of the same name)
        Stack.await("the interrupted run marked FAILED", Duration.ofSeconds(20), () -> "FAILED".equals(
                Operations.json(Operations.admin("GET", "/executions/" + execution, null), 200).getString("status")));
        JsonObject interrupted = Operations.json(Operations.admin("GET", "/executions/" + execution, null), 200);
        assertThat(interrupted.getString("exitStatus")).isEqualTo("FAILED: interrupted, the server stopped during the run");

        long restarted = Operations.json(Operations.admin("POST", "/executions/" + execution + "/restart", null), 202)
                .getJsonNumber("execution").longValue();
        JsonObject run = Operations.awaitEnd(restarted, Duration.ofSeconds(180));
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(PipelineIT.count(source)).as("every record exactly once").isEqualTo(RECORDS);
        // the batches killed between their articles and their tag count are counted by the restart's recount
        assertThat(PipelineIT.step(run, "tag-counts").getString("exitStatus")).matches("COUNTED \\d+ TAGS");
        assertThat(PipelineIT.tagCounts(tag)).as("each article counted once").isEqualTo(Map.of(tag, (long) RECORDS));
        long readAfterRestart = run.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(step -> step.getString("name").equals("import"))
                .mapToLong(step -> step.getJsonNumber("read").longValue()).sum();
        assertThat(readAfterRestart).as("the restart went on from the checkpoints (%d stored at the kill)", atKill)
                .isLessThan(RECORDS);
    }

    /**
     * Runs the start, asking {@code GET /api/tags} every 100 ms meanwhile; returns each answer that differs
     * from the one before.
     */
    static List<String> bootAnswers(Callable<?> start) throws Exception {
        List<String> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean starting = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (starting.get()) {
                String answer;
                try {
                    answer = Integer.toString(Conduit.send(
                            Conduit.builder("/tags").timeout(Duration.ofSeconds(2)).build()).statusCode());
                } catch (IllegalStateException e) {
                    answer = "no connection";
                }
                if (answers.isEmpty() || !answers.get(answers.size() - 1).equals(answer)) {
                    answers.add(answer);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        try {
            start.call();
        } finally {
            starting.set(false);
            watcher.join();
        }
        return answers;
    }
}
