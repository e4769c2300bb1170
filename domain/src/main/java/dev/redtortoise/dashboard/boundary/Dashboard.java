package dev.redtortoise.dashboard.boundary;

import dev.redtortoise.accounts.boundary.Accounts;
import dev.redtortoise.articles.boundary.Articles;
import dev.redtortoise.dashboard.control.ApiErrorHours;
import dev.redtortoise.dashboard.control.BrokerQueues;
import dev.redtortoise.dashboard.entity.Bucket;
import dev.redtortoise.dashboard.entity.QueueDepth;
import dev.redtortoise.dashboard.entity.Reading;
import dev.redtortoise.geoblock.boundary.GeoBlocking;
import dev.redtortoise.heartbeat.boundary.Heartbeats;
import dev.redtortoise.heartbeat.entity.Heartbeat;
import dev.redtortoise.jobs.boundary.JobRuns;
import dev.redtortoise.platform.messaging.Destination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the dashboard's snapshot through the boundaries that own each part of it: the readiness checks,
 * the orchestration heartbeat, the broker's management, the job repository, the accounts and articles, the
 * API's error counts, the requests geo-blocking refused today. Cheap by design (about a dozen short statements and three broker round trips, see
 * README), and meant to be called by one refresher for all viewers, never per session.
 */
@ApplicationScoped
public class Dashboard {

    static final int RUNNING_SHOWN = 10;
    static final int FAILURES_SHOWN = 5;
    static final String ORCHESTRATION = "orchestration";

    @Inject
    @Readiness
    Instance<HealthCheck> checks;

    @Inject
    Heartbeats heartbeats;

    @Inject
    BrokerQueues broker;

    @Inject
    JobRuns jobs;

    @Inject
    Accounts accounts;

    @Inject
    Articles articles;

    @Inject
    ApiErrorHours apiErrors;

    @Inject
    GeoBlocking geoBlocking;

    @Inject
    @ConfigProperty(name = "rt.jms.dead-letter-address", defaultValue = "DLQ")
    String deadLetterAddress;

    /** How old the last heartbeat may be before the orchestration part shows DOWN (it beats every minute). */
    @Inject
    @ConfigProperty(name = "rt.dashboard.heartbeat-max-age", defaultValue = "PT3M")
    Duration heartbeatMaxAge;

    public Snapshot snapshot() {
        long start = System.nanoTime();
        Instant now = Instant.now();
        Instant dayAgo = Bucket.firstHour(now);
        Reading<Heartbeat> heartbeat = Reading.of(() -> heartbeats.last().orElse(null));
        List<Snapshot.Health> health = new ArrayList<>(checks.stream().map(HealthCheck::call)
                .map(Dashboard::health).sorted(Comparator.comparing(Snapshot.Health::name)).toList());
        health.add(orchestration(heartbeat, now, heartbeatMaxAge));
        List<String> known = Stream.of(Destination.values()).map(destination -> destination.address).toList();
        Reading<List<QueueDepth>> queues = Reading.of(() -> QueueDepth.of(broker.listing(), known, deadLetterAddress));
        Reading<List<Bucket>> imports = Reading.of(() -> Bucket.lastDay(now, jobs.importsPerHour(dayAgo).stream()
                .map(hour -> new Bucket(hour.hour(), hour.written(), hour.skipped())).toList()));
        Reading<List<Bucket>> errors = Reading.of(() -> Bucket.lastDay(now, apiErrors.since(dayAgo)));
        return new Snapshot(now, 0, health, heartbeat, queues, Reading.of(() -> jobs.running(RUNNING_SHOWN)),
                Reading.of(() -> jobs.failures(FAILURES_SHOWN)), Reading.of(accounts::count),
                Reading.of(articles::count), imports, errors,
                Reading.of(() -> geoBlocking.blockedOn(now.atZone(ZoneOffset.UTC).toLocalDate())))
                .took((System.nanoTime() - start) / 1_000_000);
    }

    static Snapshot.Health health(HealthCheckResponse response) {
        Map<String, Object> data = response.getData().orElse(Map.of());
        String detail = String.valueOf(Optional.ofNullable(data.get("reason")).or(() -> Optional.ofNullable(data.get("database")))
                .orElse(""));
        return new Snapshot.Health(response.getName(), response.getStatus() == HealthCheckResponse.Status.UP, detail);
    }

    /** The orchestration part is up while its heartbeat is recent; the heartbeat is in PostgreSQL, which may be down. */
    static Snapshot.Health orchestration(Reading<Heartbeat> heartbeat, Instant now, Duration maxAge) {
        if (!heartbeat.ok()) {
            return new Snapshot.Health(ORCHESTRATION, false, "heartbeat unknown: " + heartbeat.failure());
        }
        if (heartbeat.value() == null) {
            return new Snapshot.Health(ORCHESTRATION, false, "no heartbeat yet");
        }
        Duration age = Duration.between(heartbeat.value().lastRun(), now);
        return new Snapshot.Health(ORCHESTRATION, age.compareTo(maxAge) <= 0, "last beat " + Math.max(0, age.toSeconds()) + " s ago");
    }
}
