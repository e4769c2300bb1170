package dev.redtortoise.orchestration;

import dev.redtortoise.schedules.boundary.Schedules;
import dev.redtortoise.schedules.entity.Cron;
import dev.redtortoise.schedules.entity.Schedule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One non-persistent calendar timer per enabled row of the schedule table, re-created whenever a schedule
 * changes ({@link ScheduleChangeListener}). Every orchestration instance arms the same timers; when they fire,
 * the instance that claims the turn in PostgreSQL first ({@link Schedules#claimTurn}) runs it and the others
 * skip it, so each turn runs once per cluster and a dead instance's turns are simply taken by the live ones. At start, the {@code RT_SCHEDULE_*} values are applied first
 * (see {@link Schedules#applyConfiguration}); the rows are read from a timer a moment after start, and again
 * every few seconds until they can be read, since this bean may start before the database or its migration.
 * Bean-managed transactions: a container transaction around a timer breaks the batch runtime's job repository
 * work (DESIGN.md §6). Bean-managed concurrency: timers fire in parallel; only arming is serialised.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScheduleTimers {

    static final long FIRST_ARMING_MS = 500;
    static final long ARMING_RETRY_MS = 5_000;
    private static final Logger LOG = Logger.getLogger(ScheduleTimers.class.getName());

    /** What a calendar timer runs, as read when it was armed. */
    record Armed(String name, String task, Map<String, String> parameters, String cron, String zone) implements Serializable {
    }


    /** The timer that arms the calendar timers at start. */
    record Arming(boolean applyConfiguration) implements Serializable {
    }

    @Resource
    TimerService timers;

    @Inject
    Schedules schedules;

    @Inject
    ScheduledWork work;

    @Inject
    Config config;

    @PostConstruct
    void start() {
        timers.createSingleActionTimer(FIRST_ARMING_MS, new TimerConfig(new Arming(true), false));
    }

    @Timeout
    void timeout(Timer timer) {
        Object info = timer.getInfo();
        if (info instanceof Armed armed) {
            runIfOurTurn(armed);
        } else if (info instanceof Arming arming) {
            armAtStart(arming);
        }
    }

    private void runIfOurTurn(Armed armed) {
        Instant slot = Cron.parse(armed.cron()).slotOf(Instant.now(), ZoneId.of(armed.zone()));
        if (slot == null) {
            LOG.warning(() -> "schedule " + armed.name() + " fired more than " + Cron.SLOT_LOOKBACK
                    + " after its time: this turn is skipped");
            return;
        }
        boolean ours;
        try {
            ours = schedules.claimTurn(armed.name(), slot);
        } catch (RuntimeException e) {
            LOG.warning(() -> "schedule " + armed.name() + ": the turn of " + slot + " could not be claimed, skipped: " + e.getMessage());
            return;
        }
        if (ours) {
            work.run(armed.name(), armed.task(), armed.parameters());
        } else {
            LOG.fine(() -> "schedule " + armed.name() + ": the turn of " + slot + " runs on another instance");
        }
    }

    private void armAtStart(Arming arming) {
        try {
            if (arming.applyConfiguration()) {
                List<String> configured = schedules.applyConfiguration(config);
                LOG.info(() -> "schedules set from the environment at start: " + configured);
            }
            arm();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedules not readable yet, trying again in " + ARMING_RETRY_MS + " ms: " + e.getMessage());
            timers.createSingleActionTimer(ARMING_RETRY_MS, new TimerConfig(new Arming(arming.applyConfiguration()), false));
        }
    }

    /** Replaces every calendar timer with one per enabled schedule as the table holds them now. */
    public synchronized void arm() {
        List<Schedule> rows = schedules.all();
        for (Timer timer : timers.getTimers()) {
            try {
                if (timer.getInfo() instanceof Armed) {
                    timer.cancel();
                }
            } catch (NoSuchObjectLocalException expiredMeanwhile) {
                LOG.fine(() -> "timer gone before it was cancelled: " + expiredMeanwhile.getMessage());
            }
        }
        for (Schedule schedule : rows) {
            if (schedule.enabled()) {
                timers.createCalendarTimer(calendar(schedule), new TimerConfig(
                        new Armed(schedule.name(), schedule.task(), new TreeMap<>(schedule.parameters()),
                                schedule.cron(), schedule.zone().getId()), false));
            }
            LOG.info(() -> "schedule " + schedule.name() + " (" + schedule.task() + ") "
                    + (schedule.enabled() ? "at '" + schedule.cron() + "' in " + schedule.zone().getId() : "disabled")
                    + ", version " + schedule.version());
        }
    }

    static ScheduleExpression calendar(Schedule schedule) {
        Cron cron = schedule.calendar();
        return new ScheduleExpression().second(cron.second()).minute(cron.minute()).hour(cron.hour())
                .dayOfMonth(cron.dayOfMonth()).month(cron.month()).dayOfWeek(cron.dayOfWeek())
                .timezone(schedule.zone().getId());
    }
}
