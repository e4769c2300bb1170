package dev.redtortoise.schedules.entity;

import dev.redtortoise.platform.errors.Checks;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * When one piece of recurring work runs: a batch job (with its parameters) or one of the orchestration
 * part's own {@link #TASKS}, on a {@link Cron} in a time zone. Rows are created by the migration with
 * today's defaults and only changed afterwards; where the value came from ({@link Origin}) decides whether
 * an environment value may still replace it at start.
 */
@Entity
@Table(name = "schedule")
@NamedQuery(name = Schedule.ALL, query = "SELECT s FROM Schedule s ORDER BY s.name")
public class Schedule {

    public static final String ALL = "Schedule.all";
    /** Work the orchestration part does itself; every other task is the name of a batch job. */
    public static final Set<String> TASKS = Set.of("feed-sweep", "profile-repair", "heartbeat");
    public static final int CRON_MAX = 200;
    public static final int PARAMETER_MAX = 500;

    /** Where the schedule's values came from. */
    public enum Origin {
        /** The migration's default. */
        DEFAULT,
        /** An {@code RT_SCHEDULE_*} value applied at start. */
        ENVIRONMENT,
        /** Staff, in the console. */
        CONSOLE,
        /** Staff, through the operations endpoint. */
        OPERATIONS;

        /** Whether staff chose these values (an environment value then no longer replaces them). */
        public boolean byStaff() {
            return this == CONSOLE || this == OPERATIONS;
        }
    }

    @Id
    @Column(length = 60)
    private String name;

    @Column(nullable = false, length = 60, updatable = false)
    private String task;

    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, columnDefinition = "jsonb")
    private String parameters;

    @Column(nullable = false, length = CRON_MAX)
    private String cron;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Origin origin;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected Schedule() {
    }

    /** A schedule as the migration seeds one (for tests; the application never creates them). */
    public Schedule(String name, String task, String cron, String zone) {
        this.name = name;
        this.task = task;
        this.parameters = "{}";
        this.cron = cron;
        this.timeZone = zone;
        this.enabled = true;
        this.origin = Origin.DEFAULT;
        this.updatedBy = "migration";
        this.updatedAt = Instant.EPOCH;
    }

    /** Changes what may change, refusing (naming each field) what is not valid; nothing changes then. */
    public void change(String newCron, String zone, boolean nowEnabled, Map<String, String> newParameters,
                       Origin by, String who, Instant at) {
        Checks checks = new Checks().required("cron", newCron).maxLength("cron", newCron, CRON_MAX)
                .required("timeZone", zone);
        Cron parsed = null;
        try {
            parsed = Cron.parse(newCron);
        } catch (Refusal refusal) {
            refusal.messages().forEach(checks::problem);
        }
        ZoneId zoneId = null;
        try {
            zoneId = zone == null || zone.isBlank() ? null : ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            checks.problem("timeZone '" + zone.trim() + "' is not a time zone (for example UTC or Europe/Berlin)");
        }
        parameterProblems(newParameters).forEach(checks::problem);
        checks.orRefuse();
        cron = parsed.toString();
        timeZone = zoneId.getId();
        enabled = nowEnabled;
        parameters = json(newParameters);
        origin = by;
        updatedBy = who;
        updatedAt = at;
    }

    private List<String> parameterProblems(Map<String, String> given) {
        if (given == null) {
            return List.of("parameters can't be null");
        }
        if (!given.isEmpty() && !runsJob()) {
            return List.of("parameters are for batch jobs; " + task + " takes none");
        }
        return given.entrySet().stream()
                .filter(entry -> entry.getKey() == null || !entry.getKey().matches("[A-Za-z][A-Za-z0-9._-]{0,59}")
                        || entry.getValue() == null || entry.getValue().length() > PARAMETER_MAX)
                .map(entry -> "parameters: '" + entry.getKey() + "' needs a name of letters, digits, '.', '_' or '-' "
                        + "and a text value of at most " + PARAMETER_MAX + " characters")
                .toList();
    }

    /** The next fire times after the instant, in the schedule's own zone. */
    public List<ZonedDateTime> next(int count, Instant after) {
        return calendar().next(count, after, zone());
    }

    public Cron calendar() {
        return Cron.parse(cron);
    }

    public boolean runsJob() {
        return !TASKS.contains(task);
    }

    /** Whether its work can be requested now, over the bus: a job, or the heartbeat. */
    public boolean runsOnRequest() {
        return runsJob() || task.equals("heartbeat");
    }

    public String name() {
        return name;
    }

    public String task() {
        return task;
    }

    public Map<String, String> parameters() {
        return parameters(parameters);
    }

    /** Parameters given as a JSON object of texts, refused otherwise. */
    public static Map<String, String> parameters(String json) {
        String given = json == null || json.isBlank() ? "{}" : json;
        try (var reader = Json.createReader(new StringReader(given))) {
            Map<String, String> values = new TreeMap<>();
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> {
                if (!(value instanceof JsonString text)) {
                    throw Refusal.invalid("parameters: the value of '" + key + "' must be a text (in quotes)");
                }
                values.put(key, text.getString());
            });
            return values;
        } catch (JsonException | IllegalStateException e) {
            throw Refusal.invalid("parameters must be a JSON object of texts, for example {\"source\": \"3\"}");
        }
    }

    static String json(Map<String, String> values) {
        var object = Json.createObjectBuilder();
        new TreeMap<>(values).forEach(object::add);
        return object.build().toString();
    }

    public String cron() {
        return cron;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean enabled() {
        return enabled;
    }

    public Origin origin() {
        return origin;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** The schedule as the audit log keeps it, before and after a change. */
    public String toJson() {
        return Json.createObjectBuilder().add("name", name).add("task", task).add("cron", cron)
                .add("timeZone", timeZone).add("enabled", enabled)
                .add("parameters", Json.createReader(new StringReader(parameters)).readObject())
                .add("origin", origin.name()).build().toString();
    }
}
