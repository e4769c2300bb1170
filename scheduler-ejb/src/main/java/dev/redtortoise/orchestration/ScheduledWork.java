package dev.redtortoise.orchestration;

import dev.redtortoise.accounts.boundary.Accounts;
import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.heartbeat.boundary.Heartbeats;
import dev.redtortoise.heartbeat.entity.Heartbeat;
import dev.redtortoise.jobs.boundary.Jobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a schedule's timer does when it fires: start its batch job (unless a run of it is still going), or
 * one of the orchestration part's own tasks. Called outside any transaction (see {@link ScheduleTimers});
 * each boundary opens its own. A failure is logged and the schedule fires again at its next time.
 */
@ApplicationScoped
public class ScheduledWork {

    static final int PROFILE_REPAIR_BATCH = 500;
    static final String FEED_IMPORT = "feed-import";
    private static final Logger LOG = Logger.getLogger(ScheduledWork.class.getName());

    @Inject
    Jobs jobs;

    @Inject
    FeedSources sources;

    @Inject
    Accounts accounts;

    @Inject
    Heartbeats heartbeats;

    public void run(String schedule, String task, Map<String, String> parameters) {
        try {
            switch (task) {
                case "heartbeat" -> heartbeats.beat(Heartbeat.Trigger.TIMER);
                case "profile-repair" -> accounts.repairProfiles(PROFILE_REPAIR_BATCH);
                case "feed-sweep" -> sweepFeeds();
                default -> startJob(schedule, task, parameters);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedule " + schedule + " (" + task + ") failed: " + e.getMessage(), e);
        }
    }

    private void startJob(String schedule, String job, Map<String, String> parameters) {
        if (jobs.running(job)) {
            LOG.info(() -> "job " + job + " still running: this turn of schedule " + schedule + " is skipped");
            return;
        }
        long execution = jobs.start(job, parameters);
        LOG.info(() -> "job " + job + " started by schedule " + schedule + ": execution " + execution);
    }

    /**
     * Starts {@code feed-import} for each enabled source whose own interval has passed and which no run
     * holds; one source's failure to start does not keep the others from starting.
     */
    private void sweepFeeds() {
        for (FeedSource source : sources.dueAt(Instant.now())) {
            try {
                jobs.start(FEED_IMPORT, Map.of("source", Long.toString(source.id())));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "feed source " + source.id() + " not started: " + e.getMessage(), e);
            }
        }
    }
}
