package dev.redtortoise.platform.metrics;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;

/**
 * Job listener on every job ({@code <listener ref="jobMetrics"/>}): when a run ends, its duration by job and
 * outcome, and for an import (a job with a step {@value #IMPORT_STEP} and a job parameter {@code source}),
 * what that step wrote and skipped by source: the step's own counts, which the dashboard's imports chart
 * sums from the job repository too.
 */
@Named("jobMetrics")
@Dependent
public class JobMetrics extends AbstractJobListener {

    static final String IMPORT_STEP = "import";

    @Inject
    JobContext job;

    @Inject
    BusinessMetrics metrics;

    private long started;

    @Override
    public void beforeJob() {
        started = System.nanoTime();
    }

    @Override
    public void afterJob() {
        metrics.jobEnded(job.getJobName(), outcome(job.getBatchStatus()), Duration.ofNanos(System.nanoTime() - started));
        JobOperator operator = BatchRuntime.getJobOperator();
        String source = operator.getParameters(job.getExecutionId()).getProperty("source");
        if (source == null) {
            return;
        }
        for (StepExecution step : operator.getStepExecutions(job.getExecutionId())) {
            if (IMPORT_STEP.equals(step.getStepName())) {
                metrics.imported(source, count(step, Metric.MetricType.WRITE_COUNT), count(step, Metric.MetricType.READ_SKIP_COUNT)
                        + count(step, Metric.MetricType.PROCESS_SKIP_COUNT) + count(step, Metric.MetricType.WRITE_SKIP_COUNT));
            }
        }
    }

    /** A run's status while its job listeners run is still STARTED when nothing stopped or failed it. */
    static String outcome(BatchStatus status) {
        return (status == BatchStatus.STARTED ? BatchStatus.COMPLETED : status).name();
    }

    static long count(StepExecution step, Metric.MetricType type) {
        for (Metric metric : step.getMetrics()) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }
}
