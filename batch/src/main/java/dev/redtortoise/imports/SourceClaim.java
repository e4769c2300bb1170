package dev.redtortoise.imports;

import dev.redtortoise.feeds.boundary.FeedSources;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * Claims the source before an import runs, so two runs for one source never overlap (on any instance),
 * and releases it after, whatever the outcome.
 */
@Named
@Dependent
public class SourceClaim implements JobListener {

    private static final Logger LOG = Logger.getLogger(SourceClaim.class.getName());

    @Inject
    @BatchProperty
    String source;

    @Inject
    JobContext job;

    @Inject
    FeedSources sources;

    private boolean claimed;

    @Override
    public void beforeJob() {
        ImportRun run = ImportRun.of(job, sources, source);
        if (!sources.claim(run.sourceId(), run.executionId())) {
            String reason = "feed source " + run.sourceId() + " is being imported by another run";
            job.setExitStatus("FAILED: " + reason);
            throw new IllegalStateException(reason);
        }
        claimed = true;
    }

    @Override
    public void afterJob() {
        if (!claimed) {
            return;
        }
        ImportRun run = ImportRun.of(job, sources, source);
        sources.release(run.sourceId(), run.executionId());
        LOG.info(() -> job.getJobName() + " of source " + run.sourceId() + " ended (" + job.getExitStatus()
                + "), execution " + run.executionId());
    }
}
