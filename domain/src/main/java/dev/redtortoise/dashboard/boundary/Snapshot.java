package dev.redtortoise.dashboard.boundary;

import dev.redtortoise.dashboard.entity.Bucket;
import dev.redtortoise.dashboard.entity.QueueDepth;
import dev.redtortoise.dashboard.entity.Reading;
import dev.redtortoise.heartbeat.entity.Heartbeat;
import dev.redtortoise.jobs.control.JobHistory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard shows, read at one moment ({@code taken}, in {@code millis}), shared by every
 * console session that watches it; immutable, so many UIs can render it at once. {@code blockedToday}: the
 * requests geo-blocking refused since midnight UTC by country code, most first.
 */
public record Snapshot(Instant taken, long millis, List<Health> health, Reading<Heartbeat> heartbeat,
                       Reading<List<QueueDepth>> queues, Reading<List<JobHistory.Running>> running,
                       Reading<List<JobHistory.Failure>> failures, Reading<Long> accounts, Reading<Long> articles,
                       Reading<List<Bucket>> imports, Reading<List<Bucket>> apiErrors,
                       Reading<Map<String, Long>> blockedToday) {

    /** One dependency's or part's state: UP or DOWN, with what the check said (the reason when DOWN). */
    public record Health(String name, boolean up, String detail) {
    }

    /** The same snapshot with the time it took to read. */
    Snapshot took(long readMillis) {
        return new Snapshot(taken, readMillis, health, heartbeat, queues, running, failures, accounts, articles,
                imports, apiErrors, blockedToday);
    }

    /** Articles written (primary) and rejected (secondary) by imports since midnight UTC; null when unknown. */
    public Bucket importedToday() {
        return imports.ok() ? Bucket.since(taken.truncatedTo(ChronoUnit.DAYS), imports.value()) : null;
    }
}
