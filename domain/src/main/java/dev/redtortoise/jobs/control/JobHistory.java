package dev.redtortoise.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job's executions, page by page, as the job repository ({@link BatchRepository}) holds them, each with
 * how far it got of the total its readers recorded ({@link JobTotals}). {@code JobOperator} cannot serve
 * another part: Payara's batch runtime shows an application only the job instances it started, and the
 * console is not the orchestration part that starts them. Partition sub-jobs are not listed.
 */
@ApplicationScoped
public class JobHistory {

    /** The step whose counts are an import's. */
    static final String IMPORT_STEP = "import";

    /** One execution as the repository holds it. */
    public record Execution(long executionId, long instanceId, String status, String exitStatus,
                            Map<String, String> parameters, Instant started, Instant ended, List<Step> steps,
                            JobProgress progress) {

        Execution withTotal(Long total) {
            return new Execution(executionId, instanceId, status, exitStatus, parameters, started, ended, steps,
                    new JobProgress(progress.done(), total));
        }
    }

    /** One step of an execution, its skips of reading, processing and writing added up. */
    public record Step(String name, String status, String exitStatus, long read, long written, long skipped,
                       long commits, long rollbacks, Instant started, Instant ended) {
    }

    /**
     * A running execution and what its steps (a partitioned step's partitions included) have done so far, and
     * how far that is of its total.
     */
    public record Running(long executionId, String job, String status, Instant started, long read, long written,
                          long skipped, JobProgress progress) {

        Running withTotal(Long total) {
            return new Running(executionId, job, status, started, read, written, skipped,
                    new JobProgress(progress.done(), total));
        }
    }

    /** A failed execution: when it ended and why (its exit status). */
    public record Failure(long executionId, String job, Instant ended, String reason) {
    }

    /** Items written and skipped by the import steps that ended in one hour (its start, as the repository's local time). */
    public record ImportHour(Instant hour, long written, long skipped) {
    }

    @Inject
    BatchRepository repository;

    @Inject
    JobTotals totals;

    /** One page of the job's executions, the newest first, each with its steps' counts. */
    public List<Execution> page(String job, int offset, int limit) {
        List<Execution> executions = repository.executions(job, offset, limit);
        Map<Long, Long> known = totals.of(executions.stream().map(Execution::executionId).toList());
        return executions.stream().map(execution -> execution.withTotal(known.get(execution.executionId()))).toList();
    }

    public long count(String job) {
        return repository.count(job);
    }

    /** The executions running now, the newest first, their partitions' counts added. */
    public List<Running> running(int limit) {
        List<Running> running = repository.running(limit);
        Map<Long, Long> known = totals.of(running.stream().map(Running::executionId).toList());
        return running.stream().map(run -> run.withTotal(known.get(run.executionId()))).toList();
    }

    /** The last failed executions, the most recently ended first. */
    public List<Failure> failures(int limit) {
        return repository.failures(limit);
    }

    /**
     * Items written and skipped (rejected) per hour by the {@code import} step of these jobs, counted in the
     * hour the step ended, from {@code since} on; one row per hour that had any.
     */
    public List<ImportHour> importsPerHour(List<String> jobs, Instant since) {
        return repository.perHour(jobs, IMPORT_STEP, since);
    }
}
