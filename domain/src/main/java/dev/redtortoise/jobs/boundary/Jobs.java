package dev.redtortoise.jobs.boundary;

import com.mongodb.MongoException;
import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.boundary.Rejects;
import dev.redtortoise.jobs.control.BatchRepository;
import dev.redtortoise.jobs.control.InterruptedRuns;
import dev.redtortoise.jobs.control.JobProgress;
import dev.redtortoise.jobs.control.Orchestrators;
import dev.redtortoise.jobs.control.JobRequestClaims;
import dev.redtortoise.jobs.control.JobTotals;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.platform.messaging.Bus;
import dev.redtortoise.platform.messaging.Destination;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Starts, reads, restarts and stops batch jobs. Only the jobs named here can be started, with their
 * parameters checked first, so a typo is a clear refusal rather than a failed execution.
 */
@ApplicationScoped
public class Jobs {

    public static final Set<String> JOBS = Set.of("feed-import", "bulk-import", "aggregate", "purge");
    static final int FIRST_REJECTS = 20;
    static final String REQUEST_TYPE = "run-job";
    static final int LISTING_ATTEMPTS = 20;
    static final Duration LISTING_PAUSE = Duration.ofMillis(100);

    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

    @Inject
    FeedSources sources;

    @Inject
    Rejects rejects;

    @Inject
    Bus bus;

    @Inject
    InterruptedRuns interrupted;

    @Inject
    Orchestrators orchestrators;

    @Inject
    BatchRepository repository;

    @Inject
    JobRequestClaims claims;

    @Inject
    JobTotals totals;

    /** Starts the job now; returns the execution id. */
    public long start(String job, Map<String, String> parameters) {
        Properties checked = checked(job, parameters);
        long execution = operator().start(job, checked);
        orchestrators.own(operator().getJobInstance(execution).getInstanceId());
        LOG.info(() -> "job " + job + " started with " + checked + ": execution " + execution);
        return execution;
    }

    /** Asks the orchestration part to start the job, over the bus: the caller does not wait for it. */
    public void request(String job, Map<String, String> parameters) {
        checked(job, parameters);
        var payload = Json.createObjectBuilder().add("job", job);
        var params = Json.createObjectBuilder();
        parameters.forEach(params::add);
        bus.publish(Destination.JOB_REQUESTS, REQUEST_TYPE, payload.add("parameters", params).build());
    }

    /**
     * Carries out a request sent by {@link #request}, once: a redelivery of a request that was started
     * returns that execution. A request another consumer is starting right now is refused, so the broker
     * delivers it again later.
     */
    public long startRequested(JsonObject request, String requestId) {
        JobRequestClaims.Claim claim = claims.claim(requestId);
        if (claim.executionId() != null) {
            LOG.info(() -> "job request " + requestId + " was started already: execution " + claim.executionId());
            return claim.executionId();
        }
        if (!claim.ours()) {
            throw new IllegalStateException("job request " + requestId + " is being started by another consumer");
        }
        Map<String, String> parameters = new TreeMap<>();
        request.getJsonObject("parameters").forEach((name, value) ->
                parameters.put(name, ((jakarta.json.JsonString) value).getString()));
        long execution;
        try {
            execution = start(request.getString("job"), parameters);
        } catch (RuntimeException e) {
            claims.release(requestId);
            throw e;
        }
        claims.started(requestId, execution);
        return execution;
    }

    public JobRun get(long executionId) {
        JobOperator operator = operator();
        JobExecution execution = execution(executionId);
        long instance = operator.getJobInstance(executionId).getInstanceId();
        List<StepExecution> stepExecutions = operator.getStepExecutions(executionId);
        List<JobRun.Step> steps = stepExecutions.stream().map(Jobs::step).toList();
        long done = stepExecutions.stream().map(Jobs::metrics).mapToLong(metrics ->
                metrics.getOrDefault(Metric.MetricType.READ_COUNT, 0L) + metrics.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)).sum();
        Map<String, String> parameters = new TreeMap<>();
        Properties given = repository.parameters(executionId);
        given.stringPropertyNames().forEach(name -> parameters.put(name, given.getProperty(name)));
        Long rejected = null;
        List<JobRun.Reject> first = List.of();
        try {
            first = rejects.of(instance, FIRST_REJECTS).stream()
                    .map(reject -> new JobRun.Reject(reject.input(), reject.position(), reject.reason(), reject.excerpt()))
                    .toList();
            rejected = rejects.count(instance);
        } catch (MongoException e) {
            LOG.warning(() -> "the rejects of job instance " + instance + " cannot be read now: " + e.getMessage());
        }
        return new JobRun(executionId, instance, execution.getJobName(), execution.getBatchStatus().name(),
                execution.getExitStatus(), parameters, instant(execution.getStartTime()),
                instant(execution.getEndTime()), steps, rejected, first,
                new JobProgress(done, totals.of(List.of(executionId)).get(executionId)));
    }

    /** Restarts a failed or stopped execution with its own parameters (a restart is given none of its own). */
    public long restart(long executionId) {
        execution(executionId);
        Properties original = repository.parameters(executionId);
        try {
            long restarted = operator().restart(executionId, original);
            orchestrators.own(operator().getJobInstance(restarted).getInstanceId());
            LOG.info(() -> "job execution " + executionId + " restarted: execution " + restarted);
            return restarted;
        } catch (jakarta.batch.operations.JobRestartException | jakarta.batch.operations.JobExecutionNotMostRecentException
                 | jakarta.batch.operations.JobExecutionAlreadyCompleteException e) {
            throw Refusal.invalid("job execution " + executionId + " cannot be restarted: " + e.getMessage());
        }
    }

    public void stop(long executionId) {
        execution(executionId);
        try {
            operator().stop(executionId);
        } catch (jakarta.batch.operations.JobExecutionNotRunningException e) {
            throw Refusal.invalid("job execution " + executionId + " is not running");
        }
    }

    /**
     * Renews this orchestration instance's lease, then marks the runs of instances that are gone (this one's
     * previous process included) as FAILED: see {@link InterruptedRuns}. At start and every few seconds after.
     */
    public int renewLeaseAndFailInterrupted() {
        orchestrators.renew();
        return interrupted.markFailed(orchestrators.name(), orchestrators.started(), orchestrators.lease());
    }

    /** Whether an execution of this job is running now. */
    public boolean running(String job) {
        try {
            return !operator().getRunningExecutions(job).isEmpty();
        } catch (NoSuchJobException neverRun) {
            return false;
        }
    }

    /**
     * The most recent executions of a job, newest first. Payara's runtime writes a new instance, then its
     * status, then its first execution; a listing that meets an instance in between fails (a
     * {@code NullPointerException} without the status, {@code NoSuchJobInstanceException} without an
     * execution), so a job being started is waited out by listing again.
     */
    public List<Long> recent(String job, int limit) {
        for (int attempt = 1; ; attempt++) {
            try {
                return executionIds(job, limit);
            } catch (NullPointerException | NoSuchJobInstanceException starting) {
                if (attempt == LISTING_ATTEMPTS || !pause(LISTING_PAUSE)) {
                    throw starting;
                }
            }
        }
    }

    private static List<Long> executionIds(String job, int limit) {
        JobOperator operator = operator();
        try {
            return operator.getJobInstances(job, 0, limit).stream()
                    .flatMap(instance -> operator.getJobExecutions(instance).stream())
                    .map(JobExecution::getExecutionId)
                    .sorted((a, b) -> Long.compare(b, a))
                    .limit(limit)
                    .toList();
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Properties checked(String job, Map<String, String> parameters) {
        if (!JOBS.contains(job)) {
            throw Refusal.notFound("no job '" + job + "'; the jobs are " + new java.util.TreeSet<>(JOBS));
        }
        Properties checked = new Properties();
        parameters.forEach(checked::setProperty);
        if (job.equals("feed-import") || job.equals("bulk-import")) {
            String source = parameters.get("source");
            try {
                sources.get(Long.parseLong(source == null ? "" : source));
            } catch (NumberFormatException e) {
                throw Refusal.invalid("source must be the id of a feed source, got '" + source + "'");
            }
        }
        if (job.equals("bulk-import")) {
            String file = parameters.get("file");
            if (file == null || !Path.of(file).isAbsolute() || !Files.isReadable(Path.of(file))) {
                throw Refusal.invalid("file must be the absolute path of a readable file on the orchestration server, got '"
                        + file + "'");
            }
            String partitions = parameters.get("partitions");
            if (partitions != null && !partitions.matches("[1-9][0-9]?")) {
                throw Refusal.invalid("partitions must be a number from 1 to 99, got '" + partitions + "'");
            }
        }
        return checked;
    }

    private static JobExecution execution(long executionId) {
        try {
            return operator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw Refusal.notFound("job execution " + executionId + " not found");
        }
    }

    private static Map<Metric.MetricType, Long> metrics(StepExecution step) {
        Map<Metric.MetricType, Long> metrics = new TreeMap<>();
        for (Metric metric : step.getMetrics()) {
            metrics.put(metric.getType(), metric.getValue());
        }
        return metrics;
    }

    private static JobRun.Step step(StepExecution step) {
        Map<Metric.MetricType, Long> metrics = metrics(step);
        return new JobRun.Step(step.getStepName(), step.getBatchStatus().name(), step.getExitStatus(),
                metrics.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                metrics.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                metrics.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
                        + metrics.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
                        + metrics.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L),
                metrics.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L),
                metrics.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L),
                instant(step.getStartTime()), instant(step.getEndTime()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
