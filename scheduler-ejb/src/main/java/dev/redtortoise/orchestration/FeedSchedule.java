package dev.redtortoise.orchestration;

import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.jobs.boundary.Jobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, starts {@code feed-import} for each enabled source whose own interval has passed and
 * which no run holds. Bean-managed transactions (DESIGN.md §6); one source's failure to start does not
 * keep the others from starting.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class FeedSchedule {

    private static final Logger LOG = Logger.getLogger(FeedSchedule.class.getName());

    @Inject
    FeedSources sources;

    @Inject
    Jobs jobs;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void startDue() {
        for (FeedSource source : sources.dueAt(Instant.now())) {
            try {
                jobs.start("feed-import", Map.of("source", Long.toString(source.id())));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "feed source " + source.id() + " not started: " + e.getMessage(), e);
            }
        }
    }
}
