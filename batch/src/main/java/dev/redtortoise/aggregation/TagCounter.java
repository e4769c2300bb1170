package dev.redtortoise.aggregation;

import dev.redtortoise.articles.boundary.Tags;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step {@code tag-counts}: counts the articles of every tag again. The aggregate job always does; an import
 * (property {@code onlyAfterRestart}) only when its execution restarts a failed one, since its batches
 * moved the counts as they were written and only a failed batch can have left one short.
 */
@Named
@Dependent
public class TagCounter extends AbstractBatchlet {

    @Inject
    Tags tags;

    @Inject
    @BatchProperty
    String onlyAfterRestart;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public String process() {
        if (Boolean.parseBoolean(onlyAfterRestart) && !restart()) {
            step.setExitStatus("COUNTED AS WRITTEN");
            return "COMPLETED";
        }
        int counted = tags.recount();
        step.setExitStatus("COUNTED " + counted + " TAGS");
        return "COMPLETED";
    }

    private boolean restart() {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).size() > 1;
    }
}
