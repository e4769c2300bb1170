package dev.redtortoise.jobs.boundary;

import dev.redtortoise.jobs.control.JobProgress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One execution of a job, with its steps' counts and the first rejects of its instance ({@code rejects} is
 * null while MongoDB cannot be read: the execution itself is in PostgreSQL and is shown all the same), and its
 * progress against the total it has to read, where the job records one.
 */
public record JobRun(long executionId, long instanceId, String job, String status, String exitStatus,
                     Map<String, String> parameters, Instant started, Instant ended, List<Step> steps,
                     Long rejects, List<Reject> firstRejects, JobProgress progress) {

    public record Step(String name, String status, String exitStatus, long read, long written, long skipped,
                       long commits, long rollbacks, Instant started, Instant ended) {
    }

    public record Reject(String input, long position, String reason, String excerpt) {
    }
}
