package dev.redtortoise.jobs.boundary;

import dev.redtortoise.jobs.control.JobHistory;
import dev.redtortoise.jobs.control.JobProgress;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobRunsTest {

    /** What the orchestration part was asked to do, through the same Jobs methods the operations endpoint calls. */
    static final class RecordingJobs extends Jobs {
        final List<String> done = new ArrayList<>();

        @Override
        public long restart(long executionId) {
            done.add("restart " + executionId);
            return executionId + 1;
        }

        @Override
        public void stop(long executionId) {
            done.add("stop " + executionId);
            throw Refusal.invalid("job execution " + executionId + " is not running");
        }
    }

    @Test
    void aControlRequestIsCarriedOutThroughJobsAndARefusalIsOnlyLoggedSinceARedeliveryCouldNotHelp() {
        JobRuns runs = new JobRuns();
        RecordingJobs jobs = new RecordingJobs();
        runs.jobs = jobs;

        runs.carryOut(Json.createObjectBuilder().add("action", "restart").add("execution", 7).build());
        runs.carryOut(Json.createObjectBuilder().add("action", "stop").add("execution", 8).build());
        runs.carryOut(Json.createObjectBuilder().add("action", "explode").add("execution", 9).build());

        assertThat(jobs.done).containsExactly("restart 7", "stop 8");
    }

    @Test
    void onlyTheKnownJobsAreListed() {
        assertThatThrownBy(() -> new JobRuns().count("no-such-job")).isInstanceOf(Refusal.class)
                .hasMessageContaining("no job 'no-such-job'");
    }

    @Test
    void anExecutionFromTheRepositoryReadsAsTheRunTheOperationsEndpointShows() {
        Instant start = Instant.parse("2026-11-30T10:00:00Z");
        JobHistory.Execution execution = new JobHistory.Execution(12, 5, "FAILED", "FAILED: too many rejects",
                Map.of("source", "3"), start, start.plusSeconds(4),
                List.of(new JobHistory.Step("import", "FAILED", "FAILED", 5, 3, 2, 1, 0, start, start.plusSeconds(4))),
                new JobProgress(5, 5L));

        JobRun run = JobRuns.run("feed-import", execution);

        assertThat(run.executionId()).isEqualTo(12);
        assertThat(run.instanceId()).isEqualTo(5);
        assertThat(run.job()).isEqualTo("feed-import");
        assertThat(run.parameters()).containsEntry("source", "3");
        assertThat(run.steps()).singleElement().satisfies(step -> {
            assertThat(step.read()).isEqualTo(5);
            assertThat(step.written()).isEqualTo(3);
            assertThat(step.skipped()).isEqualTo(2);
        });
        assertThat(run.progress().describe()).isEqualTo("5 of 5 (100 %)");
    }
}
