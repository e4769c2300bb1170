package dev.redtortoise.orchestration;

import dev.redtortoise.heartbeat.boundary.Heartbeats;
import dev.redtortoise.heartbeat.entity.Heartbeat;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Beats once a minute, so the console shows that the orchestration part is alive. */
@Singleton
public class HeartbeatSchedule {

    @Inject
    Heartbeats heartbeats;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "heartbeat")
    void beat() {
        heartbeats.beat(Heartbeat.Trigger.TIMER);
    }
}
