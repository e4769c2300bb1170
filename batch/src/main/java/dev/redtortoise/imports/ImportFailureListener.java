package dev.redtortoise.imports;

import dev.redtortoise.platform.errors.Reasons;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * Names the reason when a chunk fails for something other than a bad record, most often a store that
 * cannot be reached (a reason the reader has already given, such as a feed that cannot be fetched, stays): the step (and, outside partitions, the run) ends FAILED with that reason as its exit
 * status, and the execution can be restarted once the store is back.
 */
@Named
@Dependent
public class ImportFailureListener extends AbstractChunkListener {

    private static final Logger LOG = Logger.getLogger(ImportFailureListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void onError(Exception failure) {
        if (String.valueOf(job.getExitStatus()).startsWith("FAILED: ")) {
            return;
        }
        String reason = "FAILED: " + reason(failure);
        step.setExitStatus(reason);
        job.setExitStatus(reason);
        LOG.warning(() -> job.getJobName() + " execution " + job.getExecutionId() + " step " + step.getStepName()
                + " " + reason);
    }

    static String reason(Throwable failure) {
        String store = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.startsWith("com.mongodb.")) {
                store = "MongoDB";
            } else if (store == null && (name.startsWith("java.sql.") || name.startsWith("org.postgresql.")
                    || name.startsWith("jakarta.persistence."))) {
                store = "PostgreSQL";
            }
        }
        String message = Reasons.of(failure);
        return store == null ? message : store + " failed: " + message;
    }
}
