package dev.redtortoise.platform.errors;

import io.sentry.Sentry;
import io.sentry.SentryLevel;
import io.sentry.protocol.SentryId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reports unexpected failures, dead letters and slow statements to Sentry when {@code SENTRY_DSN} is set
 * ({@link ErrorTracking} starts the SDK), and always to the log. An unexpected failure's incident id, which
 * the user sees instead of a stack trace, is its Sentry event id, so support finds it by that id.
 */
@ApplicationScoped
public class ErrorReports {

    private static final Logger LOG = Logger.getLogger(ErrorReports.class.getName());
    /** A slow statement repeats with every request that runs it: one event per shape and minute is enough. */
    static final Duration SLOW_REPORT_INTERVAL = Duration.ofMinutes(1);
    private static final int SLOW_SHAPES_KEPT = 1_000;

    @Inject
    ErrorTracking tracking;

    private final Map<String, Long> slowReported = new ConcurrentHashMap<>();

    /** Logs the failure and sends it to Sentry when enabled; returns the incident id (the event id). */
    public String report(Throwable failure) {
        SentryId id = tracking.enabled() ? Sentry.captureException(failure) : SentryId.EMPTY_ID;
        String incident = (SentryId.EMPTY_ID.equals(id) ? new SentryId() : id).toString();
        LOG.log(Level.SEVERE, "unexpected failure, incident " + incident, failure);
        return incident;
    }

    /**
     * A message that failed its last delivery attempt: the broker moves it to the dead-letter queue now.
     * Only ids and the reason are sent, never the payload.
     */
    public void reportDeadLetter(String destination, String messageId, int attempts, Throwable failure) {
        LOG.log(Level.SEVERE, "message " + messageId + " from " + destination + " failed " + attempts
                + " deliveries and goes to the dead-letter queue: " + Reasons.of(failure));
        if (tracking.enabled()) {
            Sentry.captureException(failure, scope -> {
                scope.setLevel(SentryLevel.ERROR);
                scope.setTag("dead_letter", "true");
                scope.setTag("destination", destination);
                scope.setExtra("message_id", messageId);
                scope.setExtra("delivery_attempts", Integer.toString(attempts));
                scope.setFingerprint(List.of("dead-letter", destination, failure.getClass().getName()));
            });
        }
    }

    /** A statement (PostgreSQL) or command (MongoDB) over the threshold, by its shape: no values in it. */
    public void reportSlow(String store, String shape, long millis) {
        long now = System.currentTimeMillis();
        Long last = slowReported.get(store + shape);
        if (last != null && now - last < SLOW_REPORT_INTERVAL.toMillis()) {
            return;
        }
        if (slowReported.size() >= SLOW_SHAPES_KEPT) {
            slowReported.clear();
        }
        slowReported.put(store + shape, now);
        LOG.warning(() -> "slow " + store + " statement, " + millis + " ms: " + shape);
        if (tracking.enabled()) {
            Sentry.captureMessage("slow " + store + " statement: " + shape, SentryLevel.WARNING, scope -> {
                scope.setTag("slow_query", store);
                scope.setExtra("statement", shape);
                scope.setExtra("duration_ms", Long.toString(millis));
                scope.setFingerprint(List.of("slow-query", store, shape));
            });
        }
    }
}
