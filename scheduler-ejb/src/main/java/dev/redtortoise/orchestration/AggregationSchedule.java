package dev.redtortoise.orchestration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the {@code aggregate} job on the cron schedule {@code rt.schedule.aggregate}, unless a run is
 * still going. Bean-managed transactions: a container transaction around the timer breaks the batch
 * runtime's job repository work (DESIGN.md §6).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AggregationSchedule {

    static final String JOB = "aggregate";
    private static final Logger LOG = Logger.getLogger(AggregationSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "rt.schedule.aggregate", defaultValue = "0 */15 * * * *")
    String cron;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(Cron.parse(cron), new TimerConfig(JOB, false));
        LOG.info(() -> "job " + JOB + " scheduled at '" + cron + "'");
    }

    @Timeout
    void start() {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (running(operator)) {
            LOG.info(() -> "job " + JOB + " still running: this turn is skipped");
            return;
        }
        long execution = operator.start(JOB, new Properties());
        LOG.info(() -> "job " + JOB + " started by timer: execution " + execution);
    }

    private static boolean running(JobOperator operator) {
        try {
            return !operator.getRunningExecutions(JOB).isEmpty();
        } catch (NoSuchJobException neverRun) {
            return false;
        }
    }
}
