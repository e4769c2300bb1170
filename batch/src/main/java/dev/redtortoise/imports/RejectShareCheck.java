package dev.redtortoise.imports;

import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.boundary.Rejects;
import dev.redtortoise.feeds.control.FeedFetcher;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * Ends the import step's work: fails the run when the records rejected (over every execution of this job
 * instance, so a restart counts them once) are too many for the source ({@link dev.redtortoise.feeds.entity.FeedSource#tooManyRejects});
 * otherwise keeps what the feed's server said, for the next run's conditional GET. Only here, once every
 * item is stored: after a failure the next run must read the feed in full.
 */
@Named
@Dependent
public class RejectShareCheck extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String source;

    @Inject
    JobContext job;

    @Inject
    FeedSources sources;

    @Inject
    Rejects rejects;

    @Override
    public String process() {
        ImportRun run = ImportRun.of(job, sources, source);
        long records = run.records().get();
        long rejected = rejects.count(run.instanceId());
        Optional<String> tooMany = run.source().tooManyRejects(records, rejected);
        if (tooMany.isPresent()) {
            job.setExitStatus("FAILED: " + tooMany.get());
            throw new IllegalStateException(tooMany.get());
        }
        FeedFetcher.Fetched fetched = run.fetched().get();
        if (fetched != null) {
            sources.fetched(run.sourceId(), fetched.etag(), fetched.lastModified());
        }
        if (!"UNCHANGED".equals(job.getExitStatus())) {
            job.setExitStatus("COMPLETED: " + records + " records, " + rejected + " rejected");
        }
        return "CHECKED";
    }
}
