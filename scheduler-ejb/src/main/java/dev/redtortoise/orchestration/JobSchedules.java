package dev.redtortoise.orchestration;

import dev.redtortoise.jobs.boundary.Jobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.logging.Logger;

/**
 * Starts the {@code aggregate} job on the cron schedule {@code rt.schedule.aggregate} and the {@code purge}
 * job on {@code rt.schedule.purge}, each unless a run of it is still going. Bean-managed transactions: a
 * container transaction around the timer breaks the batch runtime's job repository work (DESIGN.md §6).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class JobSchedules {

    private static final Logger LOG = Logger.getLogger(JobSchedules.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Jobs jobs;

    @Inject
    @ConfigProperty(name = "rt.schedule.aggregate", defaultValue = "0 */15 * * * *")
    String aggregate;

    @Inject
    @ConfigProperty(name = "rt.schedule.purge", defaultValue = "0 30 3 * * *")
    String purge;

    @PostConstruct
    void schedule() {
        Map.of("aggregate", aggregate, "purge", purge).forEach((job, cron) -> {
            timers.createCalendarTimer(Cron.parse(cron), new TimerConfig(job, false));
            LOG.info(() -> "job " + job + " scheduled at '" + cron + "'");
        });
    }

    @Timeout
    void start(Timer timer) {
        String job = (String) timer.getInfo();
        if (jobs.running(job)) {
            LOG.info(() -> "job " + job + " still running: this turn is skipped");
            return;
        }
        long execution = jobs.start(job, Map.of());
        LOG.info(() -> "job " + job + " started by timer: execution " + execution);
    }
}
