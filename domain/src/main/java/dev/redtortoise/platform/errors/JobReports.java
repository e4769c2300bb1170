package dev.redtortoise.platform.errors;

import io.sentry.ISpan;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SentryInstantDate;
import io.sentry.SentryLevel;
import io.sentry.SpanStatus;
import io.sentry.TransactionContext;
import io.sentry.TransactionOptions;
import io.sentry.protocol.TransactionNameSource;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;

/**
 * Job listener on every job ({@code <listener ref="jobReports"/>}): when a run ends, each failed step is
 * reported with its job, execution and step, and its exit status (the reason the step gave); and, at
 * {@code RT_SENTRY_TRACES_SAMPLE_RATE}, the run becomes a trace with one span per step, from the times
 * the job repository recorded (partitions run on other threads, so the spans are built afterwards).
 */
@Named("jobReports")
@Dependent
public class JobReports extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(JobReports.class.getName());

    @Inject
    JobContext job;

    @Inject
    ErrorTracking tracking;

    @Override
    public void afterJob() {
        if (!tracking.enabled()) {
            return;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = job.getExecutionId();
        List<StepExecution> steps = operator.getStepExecutions(execution);
        for (StepExecution step : steps) {
            if (step.getBatchStatus() == BatchStatus.FAILED) {
                reportFailed(job.getJobName(), execution, step);
            }
        }
        if (tracking.tracing()) {
            trace(operator.getJobExecution(execution), steps);
        }
    }

    private static void reportFailed(String jobName, long execution, StepExecution step) {
        String exitStatus = step.getExitStatus() == null ? "FAILED" : step.getExitStatus();
        LOG.info(() -> "reporting failed step " + jobName + "/" + step.getStepName() + " of execution " + execution);
        Sentry.captureMessage("job step failed: " + jobName + "/" + step.getStepName() + ": " + exitStatus,
                SentryLevel.ERROR, scope -> {
                    scope.setTag("job", jobName);
                    scope.setTag("job.step", step.getStepName());
                    scope.setTag("job.execution", Long.toString(execution));
                    scope.setExtra("step_execution", Long.toString(step.getStepExecutionId()));
                    scope.setExtra("exit_status", exitStatus);
                    scope.setTransaction("job " + jobName);
                    // the exit status carries run-specific detail after its first words: group by job and step
                    scope.setFingerprint(List.of("job-step-failed", jobName, step.getStepName()));
                });
    }

    private void trace(JobExecution run, List<StepExecution> steps) {
        TransactionOptions options = new TransactionOptions();
        options.setStartTimestamp(date(run.getStartTime()));
        ITransaction transaction = Sentry.startTransaction(
                new TransactionContext("job " + job.getJobName(), TransactionNameSource.TASK, "batch.job"), options);
        transaction.setData("job.execution", job.getExecutionId());
        for (StepExecution step : steps) {
            if (step.getStartTime() != null) {
                ISpan span = transaction.startChild("batch.step", step.getStepName(), date(step.getStartTime()));
                span.finish(status(step.getBatchStatus()), date(step.getEndTime() != null ? step.getEndTime() : new Date()));
            }
        }
        transaction.finish(status(job.getBatchStatus()));
    }

    private static SentryInstantDate date(Date date) {
        return new SentryInstantDate(date == null ? Instant.now() : date.toInstant());
    }

    private static SpanStatus status(BatchStatus status) {
        return status == BatchStatus.FAILED ? SpanStatus.INTERNAL_ERROR
                : status == BatchStatus.STOPPED ? SpanStatus.CANCELLED : SpanStatus.OK;
    }
}
