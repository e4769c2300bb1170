package dev.redtortoise.heartbeat.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatTest {

    @Test
    void eachBeatCountsAndRecordsItsTrigger() {
        var heartbeat = new Heartbeat("orchestration");
        Instant first = Instant.parse("2026-01-01T10:00:00Z");
        heartbeat.beat(Heartbeat.Trigger.TIMER, first);
        heartbeat.beat(Heartbeat.Trigger.REQUEST, first.plusSeconds(60));
        assertThat(heartbeat.beats()).isEqualTo(2);
        assertThat(heartbeat.lastRun()).isEqualTo(first.plusSeconds(60));
        assertThat(heartbeat.lastTrigger()).isEqualTo(Heartbeat.Trigger.REQUEST);
    }

    @Test
    void aLateBeatFromAnotherInstanceDoesNotMoveTheLastRunBackwards() {
        var heartbeat = new Heartbeat("orchestration");
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        heartbeat.beat(Heartbeat.Trigger.REQUEST, now);
        heartbeat.beat(Heartbeat.Trigger.TIMER, now.minusSeconds(5));
        assertThat(heartbeat.lastRun()).isEqualTo(now);
        assertThat(heartbeat.beats()).isEqualTo(1);
    }
}
