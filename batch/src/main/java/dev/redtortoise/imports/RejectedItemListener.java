package dev.redtortoise.imports;

import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.boundary.Rejects;
import dev.redtortoise.feeds.entity.RejectedItem;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps a reject record in MongoDB for every item the step skips: where it was, why, and an excerpt. */
@Named
@Dependent
public class RejectedItemListener implements SkipReadListener, SkipProcessListener {

    @Inject
    @BatchProperty
    String source;

    @Inject
    @BatchProperty
    String input;

    @Inject
    JobContext job;

    @Inject
    FeedSources sources;

    @Inject
    Rejects rejects;

    @Override
    public void onSkipReadItem(Exception e) {
        record(e);
    }

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        record(e);
    }

    private void record(Exception e) {
        ImportRun run = ImportRun.of(job, sources, source);
        rejects.record(run.sourceId(), run.instanceId(), input == null ? "feed" : input, (RejectedItem) e);
    }
}
