package dev.redtortoise.dashboard.boundary;

import dev.redtortoise.dashboard.entity.Bucket;
import dev.redtortoise.dashboard.entity.Reading;
import dev.redtortoise.heartbeat.entity.Heartbeat;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardTest {

    static final Instant NOW = Instant.parse("2026-11-30T13:40:00Z");
    static final Duration MAX_AGE = Duration.ofMinutes(3);

    @Test
    void orchestrationIsUpWhileItsHeartbeatIsRecent() {
        assertThat(Dashboard.orchestration(beatAt(NOW.minusSeconds(50)), NOW, MAX_AGE))
                .isEqualTo(new Snapshot.Health("orchestration", true, "last beat 50 s ago"));
        assertThat(Dashboard.orchestration(beatAt(NOW.minusSeconds(181)), NOW, MAX_AGE).up()).isFalse();
    }

    @Test
    void orchestrationIsDownWithoutAHeartbeatOrWhenItCannotBeRead() {
        assertThat(Dashboard.orchestration(new Reading<>(null, null), NOW, MAX_AGE))
                .isEqualTo(new Snapshot.Health("orchestration", false, "no heartbeat yet"));
        assertThat(Dashboard.orchestration(new Reading<>(null, "Connection refused"), NOW, MAX_AGE))
                .isEqualTo(new Snapshot.Health("orchestration", false, "heartbeat unknown: Connection refused"));
    }

    @Test
    void aCheckShowsItsReasonWhenDownAndItsDatabaseWhenUp() {
        assertThat(Dashboard.health(new HealthCheckResponse("mongodb", HealthCheckResponse.Status.DOWN,
                Optional.of(Map.of("reason", "timed out", "part", "admin")))))
                .isEqualTo(new Snapshot.Health("mongodb", false, "timed out"));
        assertThat(Dashboard.health(new HealthCheckResponse("postgres", HealthCheckResponse.Status.UP,
                Optional.of(Map.of("database", "rt")))))
                .isEqualTo(new Snapshot.Health("postgres", true, "rt"));
    }

    @Test
    void aPartThatCannotBeReadSaysWhyAndLeavesTheOthers() {
        Reading<Long> failed = Reading.of(() -> {
            throw new IllegalStateException("outer", new RuntimeException("MongoDB timed out\nat line 2"));
        });

        assertThat(failed).isEqualTo(new Reading<Long>(null, "MongoDB timed out"));
        assertThat(Reading.of(() -> 42L)).isEqualTo(new Reading<>(42L, null));
    }

    @Test
    void importedTodayCountsFromMidnightUtcAndIsUnknownWhenTheImportsAre() {
        List<Bucket> day = Bucket.lastDay(NOW, List.of(new Bucket(Instant.parse("2026-11-29T22:00:00Z"), 9, 9),
                new Bucket(Instant.parse("2026-11-30T08:00:00Z"), 4, 1)));

        assertThat(snapshot(new Reading<>(day, null)).importedToday())
                .isEqualTo(new Bucket(Instant.parse("2026-11-30T00:00:00Z"), 4, 1));
        assertThat(snapshot(new Reading<>(null, "down")).importedToday()).isNull();
    }

    static Snapshot snapshot(Reading<List<Bucket>> imports) {
        return new Snapshot(NOW, 0, List.of(), null, null, null, null, null, null, imports, null, null);
    }

    static Reading<Heartbeat> beatAt(Instant at) {
        Heartbeat beat = new Heartbeat("orchestration");
        beat.beat(Heartbeat.Trigger.TIMER, at);
        return new Reading<>(beat, null);
    }
}
