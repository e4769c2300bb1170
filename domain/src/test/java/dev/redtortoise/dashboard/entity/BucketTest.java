package dev.redtortoise.dashboard.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BucketTest {

    static final Instant NOW = Instant.parse("2026-11-30T13:40:00Z");

    @Test
    void theLastDayHasEveryHourOldestFirstWithZerosWhereNothingHappened() {
        List<Bucket> day = Bucket.lastDay(NOW, List.of(new Bucket(Instant.parse("2026-11-30T13:00:00Z"), 5, 1)));

        assertThat(day).hasSize(24);
        assertThat(day.get(0).hour()).isEqualTo(Instant.parse("2026-11-29T14:00:00Z"));
        assertThat(day.get(23)).isEqualTo(new Bucket(Instant.parse("2026-11-30T13:00:00Z"), 5, 1));
        assertThat(day.subList(0, 23)).allMatch(bucket -> bucket.total() == 0);
    }

    @Test
    void rowsOfOneHourAddUpAndRowsOutsideTheDayAreLeftOut() {
        List<Bucket> day = Bucket.lastDay(NOW, List.of(
                new Bucket(Instant.parse("2026-11-30T09:00:00Z"), 2, 0),
                new Bucket(Instant.parse("2026-11-30T09:00:00Z"), 3, 4),
                new Bucket(Instant.parse("2026-11-29T13:00:00Z"), 100, 100),
                new Bucket(Instant.parse("2026-11-30T14:00:00Z"), 100, 100)));

        assertThat(day).filteredOn(bucket -> bucket.total() > 0)
                .containsExactly(new Bucket(Instant.parse("2026-11-30T09:00:00Z"), 5, 4));
    }

    @Test
    void todayIsTheSumOfTheHoursSinceMidnight() {
        List<Bucket> day = Bucket.lastDay(NOW, List.of(
                new Bucket(Instant.parse("2026-11-29T23:00:00Z"), 7, 7),
                new Bucket(Instant.parse("2026-11-30T00:00:00Z"), 1, 2),
                new Bucket(Instant.parse("2026-11-30T13:00:00Z"), 10, 0)));

        assertThat(Bucket.since(Instant.parse("2026-11-30T00:00:00Z"), day))
                .isEqualTo(new Bucket(Instant.parse("2026-11-30T00:00:00Z"), 11, 2));
    }
}
