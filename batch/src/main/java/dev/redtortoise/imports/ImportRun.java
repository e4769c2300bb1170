package dev.redtortoise.imports;

import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.control.FeedFetcher;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.feeds.entity.Mapping;
import jakarta.batch.runtime.context.JobContext;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every artifact of one import run needs to know: the source (read at the start of the run, so a
 * rule changed since applies now) and the job's ids.
 */
record ImportRun(long sourceId, FeedSource source, Mapping mapping, long executionId, long instanceId,
                 long startedAt, AtomicReference<FeedFetcher.Fetched> fetched, AtomicLong records) {

    static ImportRun of(JobContext job, FeedSources sources, String sourceParameter) {
        if (job.getTransientUserData() instanceof ImportRun run) {
            return run;
        }
        long id;
        try {
            id = Long.parseLong(sourceParameter);
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("the job parameter 'source' must be a feed source id, got '"
                    + sourceParameter + "'");
        }
        FeedSource source = sources.get(id);
        ImportRun run = new ImportRun(id, source, source.mapping(), job.getExecutionId(), job.getInstanceId(), System.currentTimeMillis(), new AtomicReference<>(),
                new AtomicLong());
        job.setTransientUserData(run);
        return run;
    }
}
