package dev.redtortoise.imports;

import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.control.FeedFetcher;
import dev.redtortoise.feeds.control.FeedParser;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.feeds.entity.RejectedItem;
import dev.redtortoise.jobs.control.JobTotals;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads a feed source's items. A first run sends the source's validators (an unchanged feed ends the step
 * at once, exit status UNCHANGED); a restart fetches the feed again in full and goes on after the last
 * checkpoint, which is the number of items already read. The items it is about to read are the execution's
 * total. An item that cannot be read is thrown as a skippable {@link RejectedItem}.
 */
@Named
@Dependent
public class FeedItemReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(FeedItemReader.class.getName());

    @Inject
    @BatchProperty
    String source;

    @Inject
    JobContext job;

    @Inject
    FeedSources sources;

    @Inject
    FeedFetcher fetcher;

    @Inject
    JobTotals totals;

    private List<Object> entries = List.of();
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        ImportRun run = ImportRun.of(job, sources, source);
        FeedSource feed = run.source();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        FeedFetcher.Fetched fetched;
        try {
            fetched = checkpoint == null ? fetcher.fetch(feed.location(), feed.etag(), feed.lastModified())
                    : fetcher.fetch(feed.location(), null, null);
        } catch (FeedFetcher.FetchFailed e) {
            job.setExitStatus("FAILED: " + e.getMessage());
            throw e;
        }
        if (fetched.unchanged()) {
            totals.add(run.executionId(), 0);
            job.setExitStatus("UNCHANGED");
            LOG.info(() -> "feed source " + run.sourceId() + " unchanged since the last run");
            return;
        }
        try {
            entries = FeedParser.parse(fetched.body()).entries();
        } catch (FeedParser.NotAFeed e) {
            job.setExitStatus("FAILED: " + e.getMessage());
            throw e;
        }
        run.fetched().set(fetched);
        run.records().set(entries.size());
        totals.add(run.executionId(), Math.max(0, entries.size() - next));
        LOG.info(() -> "feed source " + run.sourceId() + ": " + entries.size() + " items, from item " + (next + 1));
    }

    @Override
    public Object readItem() {
        if (next >= entries.size()) {
            return null;
        }
        Object entry = entries.get(next++);
        if (entry instanceof RejectedItem rejected) {
            throw rejected;
        }
        return entry;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
