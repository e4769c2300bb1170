package dev.redtortoise.schedules.ui;

import dev.redtortoise.schedules.entity.Schedule;
import jakarta.json.Json;

/**
 * A schedule as the form edits it, before the boundary checks it; the parameters as the JSON text staff
 * type. Nothing is checked here: the {@code Schedules} boundary refuses what is not valid.
 */
public class ScheduleDraft {

    private String name;
    private String task;
    private long version;
    private boolean runsOnRequest;
    private String cron = "";
    private String timeZone = "";
    private boolean enabled;
    private String parameters = "{}";

    static ScheduleDraft of(Schedule schedule) {
        ScheduleDraft draft = new ScheduleDraft();
        draft.name = schedule.name();
        draft.task = schedule.task();
        draft.version = schedule.version();
        draft.runsOnRequest = schedule.runsOnRequest();
        draft.cron = schedule.cron();
        draft.timeZone = schedule.zone().getId();
        draft.enabled = schedule.enabled();
        var object = Json.createObjectBuilder();
        schedule.parameters().forEach(object::add);
        draft.parameters = object.build().toString();
        return draft;
    }

    public String getName() {
        return name;
    }

    public String getTask() {
        return task;
    }

    public long getVersion() {
        return version;
    }

    /** Whether "run now" applies (a job or the heartbeat; the other tasks run only on their schedule). */
    public boolean runsOnRequest() {
        return runsOnRequest;
    }

    public String getCron() {
        return cron;
    }

    public void setCron(String cron) {
        this.cron = cron;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }
}
