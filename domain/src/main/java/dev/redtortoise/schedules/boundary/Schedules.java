package dev.redtortoise.schedules.boundary;

import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.heartbeat.boundary.Heartbeats;
import dev.redtortoise.jobs.boundary.Jobs;
import dev.redtortoise.jobs.control.Orchestrators;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.platform.messaging.Bus;
import dev.redtortoise.platform.messaging.Destination;
import dev.redtortoise.schedules.entity.Cron;
import dev.redtortoise.schedules.entity.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The schedules: what the console and the operations endpoint list and change, and what the orchestration
 * part builds its timers from. A change is checked by the same {@link Cron} rules the timers use, recorded
 * in the audit log, and announced on the bus in its own transaction, so the orchestration part re-creates
 * its timers only from committed rows, within seconds and without a restart.
 */
@ApplicationScoped
@Transactional
public class Schedules {

    /** How many fire times a schedule shows ahead. */
    public static final int PREVIEW = 5;
    static final String CHANGED = "schedule.changed";
    static final String CONFIG_PREFIX = "rt.schedule.";
    static final Duration TURNS_KEPT = Duration.ofDays(1);

    private static final Logger LOG = Logger.getLogger(Schedules.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Bus bus;

    @Inject
    Jobs jobs;

    @Inject
    Heartbeats heartbeats;

    @Inject
    Orchestrators orchestrators;

    Clock clock = Clock.systemUTC();

    public List<Schedule> all() {
        return em.createNamedQuery(Schedule.ALL, Schedule.class).getResultList();
    }

    public Schedule get(String name) {
        Schedule schedule = name == null ? null : em.find(Schedule.class, name);
        if (schedule == null) {
            throw Refusal.notFound("schedule '" + name + "' not found");
        }
        return schedule;
    }

    /**
     * Changes a schedule as staff asked, refusing every invalid field at once; {@code readVersion} (null to
     * skip the check) refuses a change made on values someone else has changed meanwhile.
     */
    public Schedule change(Actor actor, String name, Long readVersion, String cron, String timeZone, boolean enabled,
                           Map<String, String> parameters) {
        Schedule schedule = em.find(Schedule.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null) {
            throw Refusal.notFound("schedule '" + name + "' not found");
        }
        if (readVersion != null && readVersion != schedule.version()) {
            throw Refusal.invalid("schedule '" + name + "' was changed meanwhile by " + schedule.updatedBy()
                    + ": reload it and make your change again");
        }
        Schedule.Origin origin = actor.channel() == Actor.Channel.OPERATIONS ? Schedule.Origin.OPERATIONS
                : Schedule.Origin.CONSOLE;
        String before = schedule.toJson();
        schedule.change(cron, timeZone, enabled, parameters, origin, actor.name(), clock.instant());
        em.flush();
        audit.record(actor, "schedule.change", "schedule:" + name, before, schedule.toJson(), null);
        announce(name);
        LOG.info(() -> "schedule " + name + " changed by " + actor + ": '" + schedule.cron() + "' in "
                + schedule.zone() + (schedule.enabled() ? "" : ", disabled"));
        return schedule;
    }

    /**
     * The next fire times of a cron in a zone, for a form that shows them as staff type; refuses, with the
     * same messages as {@link #change}, a cron or zone that a change would refuse.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ZonedDateTime> preview(String cron, String timeZone) {
        Cron parsed = Cron.parse(cron);
        try {
            return parsed.next(PREVIEW, clock.instant(), ZoneId.of(timeZone == null ? "" : timeZone.trim()));
        } catch (DateTimeException e) {
            throw Refusal.invalid("timeZone '" + timeZone + "' is not a time zone (for example UTC or Europe/Berlin)");
        }
    }

    /**
     * Runs the schedule's work now, through the orchestration part's request queues (the caller does not
     * wait): a job as a job request, the heartbeat as a heartbeat request.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void runNow(String name) {
        Schedule schedule = get(name);
        if (!schedule.runsOnRequest()) {
            throw Refusal.invalid(schedule.task() + " runs only on its schedule: change its cron to run it sooner");
        }
        if (schedule.runsJob()) {
            jobs.request(schedule.task(), schedule.parameters());
        } else {
            heartbeats.request();
        }
        LOG.info(() -> "schedule " + name + " run now: " + schedule.task() + " requested");
    }

    /**
     * At the orchestration part's start: an {@code rt.schedule.<name>} value ({@code RT_SCHEDULE_<NAME>} in
     * the environment) replaces the schedule's cron unless staff have set it; an invalid one is logged and
     * left out. Returns the schedules changed.
     */
    public List<String> applyConfiguration(Config config) {
        return all().stream().filter(schedule -> !schedule.origin().byStaff())
                .filter(schedule -> config.getOptionalValue(CONFIG_PREFIX + schedule.name(), String.class)
                        .map(cron -> configured(schedule, cron)).orElse(false))
                .map(Schedule::name).toList();
    }

    private boolean configured(Schedule schedule, String cron) {
        if (cron.trim().replaceAll("\\s+", " ").equals(schedule.cron())) {
            return false;
        }
        String before = schedule.toJson();
        try {
            schedule.change(cron, schedule.zone().getId(), schedule.enabled(), schedule.parameters(),
                    Schedule.Origin.ENVIRONMENT, "environment", clock.instant());
        } catch (Refusal refusal) {
            LOG.severe(() -> CONFIG_PREFIX + schedule.name() + " ignored, the schedule stays at '" + schedule.cron()
                    + "': " + String.join("; ", refusal.messages()));
            return false;
        }
        audit.record(Actor.SYSTEM, "schedule.environment", "schedule:" + schedule.name(), before, schedule.toJson(),
                CONFIG_PREFIX + schedule.name() + " set at start");
        LOG.info(() -> "schedule " + schedule.name() + " at '" + schedule.cron() + "' from " + CONFIG_PREFIX + schedule.name());
        return true;
    }

    /**
     * Takes this turn of the schedule for this orchestration instance: true for exactly one of the instances
     * whose timers fire for it (the first to insert the turn's row), false for the others. Turns older than
     * {@link #TURNS_KEPT} are removed on the way.
     */
    public boolean claimTurn(String schedule, Instant slot) {
        return claimTurn(schedule, slot, orchestrators.name());
    }

    /** {@link #claimTurn(String, Instant)} for the named instance. */
    public boolean claimTurn(String schedule, Instant slot, String instance) {
        int taken = em.createNativeQuery("INSERT INTO schedule_turn (schedule, slot, instance) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (schedule, slot) DO NOTHING")
                .setParameter(1, schedule)
                .setParameter(2, OffsetDateTime.ofInstant(slot, ZoneOffset.UTC))
                .setParameter(3, instance)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM schedule_turn WHERE schedule = ?1 AND slot < ?2")
                .setParameter(1, schedule)
                .setParameter(2, OffsetDateTime.ofInstant(slot.minus(TURNS_KEPT), ZoneOffset.UTC))
                .executeUpdate();
        return taken == 1;
    }

    private void announce(String name) {
        bus.publish(Destination.SCHEDULE_CHANGES, CHANGED, Json.createObjectBuilder().add("schedule", name).build());
    }
}
