package dev.redtortoise.jobs.boundary;

import dev.redtortoise.feeds.boundary.Rejects;
import dev.redtortoise.jobs.control.JobHistory;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.platform.messaging.Bus;
import dev.redtortoise.platform.messaging.Destination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The job runs as a part other than the orchestration part sees them (the console): a job's executions
 * page by page with their steps' counts, an instance's rejects page by page, and restart or stop asked of
 * the orchestration part over the bus, where {@link Jobs} carries them out as the operations endpoint does.
 */
@ApplicationScoped
public class JobRuns {

    static final String CONTROL_TYPE = "job-control";
    public static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");
    public static final Set<String> RUNNING = Set.of("STARTING", "STARTED");
    /** The jobs that import articles. */
    static final List<String> IMPORTS = List.of("feed-import", "bulk-import");

    private static final Logger LOG = Logger.getLogger(JobRuns.class.getName());

    @Inject
    JobHistory history;

    @Inject
    Rejects rejects;

    @Inject
    Jobs jobs;

    @Inject
    Bus bus;

    /** One page of the job's executions, the newest first; their rejects are read separately (page by page). */
    public List<JobRun> page(String job, int offset, int limit) {
        return history.page(known(job), offset, limit).stream().map(execution -> run(job, execution)).toList();
    }

    public long count(String job) {
        return history.count(known(job));
    }

    public List<Rejects.Reject> rejects(long instanceId, int offset, int limit) {
        return rejects.of(instanceId, offset, limit);
    }

    public long rejectCount(long instanceId) {
        return rejects.count(instanceId);
    }

    /** The executions running now, the newest first, with what they have read and written so far. */
    public List<JobHistory.Running> running(int limit) {
        return history.running(limit);
    }

    /** The last failed executions with their reasons, the most recent first. */
    public List<JobHistory.Failure> failures(int limit) {
        return history.failures(limit);
    }

    /** What the import jobs wrote and rejected per hour since then. */
    public List<JobHistory.ImportHour> importsPerHour(Instant since) {
        return history.importsPerHour(IMPORTS, since);
    }

    /** Asks the orchestration part to restart this failed or stopped execution; returns at once. */
    public void requestRestart(long executionId) {
        request("restart", executionId);
    }

    /** Asks the orchestration part to stop this running execution; returns at once. */
    public void requestStop(long executionId) {
        request("stop", executionId);
    }

    /**
     * Carries out a request of {@link #requestRestart} or {@link #requestStop} through {@link Jobs}. A refusal
     * (restarted already, no longer running) is logged, not thrown: delivering it again could not help, and
     * a redelivery of a request that was carried out is refused the same way.
     */
    public void carryOut(JsonObject request) {
        String action = request.getString("action", "");
        long execution = request.getJsonNumber("execution").longValue();
        try {
            switch (action) {
                case "restart" -> jobs.restart(execution);
                case "stop" -> jobs.stop(execution);
                default -> throw Refusal.invalid("unknown job control '" + action + "'");
            }
            LOG.info(() -> "job execution " + execution + ": " + action + " requested over the bus, done");
        } catch (Refusal refusal) {
            LOG.warning(() -> "job execution " + execution + ": " + action + " refused: " + refusal.getMessage());
        }
    }

    private void request(String action, long executionId) {
        bus.publish(Destination.JOB_CONTROLS, CONTROL_TYPE,
                Json.createObjectBuilder().add("action", action).add("execution", executionId).build());
        LOG.info(() -> "job execution " + executionId + ": " + action + " requested");
    }

    static JobRun run(String job, JobHistory.Execution execution) {
        return new JobRun(execution.executionId(), execution.instanceId(), job, execution.status(),
                execution.exitStatus(), execution.parameters(), execution.started(), execution.ended(),
                execution.steps().stream().map(step -> new JobRun.Step(step.name(), step.status(), step.exitStatus(),
                        step.read(), step.written(), step.skipped(), step.commits(), step.rollbacks(), step.started(),
                        step.ended())).toList(),
                null, List.of(), execution.progress());
    }

    private static String known(String job) {
        if (!Jobs.JOBS.contains(job)) {
            throw Refusal.notFound("no job '" + job + "'; the jobs are " + new java.util.TreeSet<>(Jobs.JOBS));
        }
        return job;
    }
}
