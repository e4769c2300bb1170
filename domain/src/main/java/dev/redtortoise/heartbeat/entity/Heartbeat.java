package dev.redtortoise.heartbeat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The last beat of one named heartbeat and how many there have been. */
@Entity
@Table(name = "heartbeat")
public class Heartbeat {

    public enum Trigger { TIMER, REQUEST }

    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "last_run", nullable = false)
    private Instant lastRun;

    @Column(name = "last_trigger", nullable = false, length = 20)
    private String lastTrigger;

    @Column(nullable = false)
    private long beats;

    protected Heartbeat() {
    }

    public Heartbeat(String name) {
        this.name = name;
    }

    public void beat(Trigger trigger, Instant at) {
        if (lastRun != null && at.isBefore(lastRun)) {
            return;
        }
        lastRun = at;
        lastTrigger = trigger.name();
        beats++;
    }

    public String name() {
        return name;
    }

    public Instant lastRun() {
        return lastRun;
    }

    public Trigger lastTrigger() {
        return Trigger.valueOf(lastTrigger);
    }

    public long beats() {
        return beats;
    }
}
