package dev.redtortoise.dashboard.boundary;

import dev.redtortoise.dashboard.control.ApiErrorHours;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Counts the customer API's error responses per hour: in memory when they happen (a map update, no I/O on
 * the request's thread), added to PostgreSQL every {@value #FLUSH_SECONDS} s by one background task, one
 * upsert per hour and class that had any. Successful responses cost nothing at all (the caller only counts
 * statuses of 400 and above). A count that cannot be written stays in memory for the next attempt; what the
 * last few seconds held before a crash is lost, which is acceptable for a chart.
 */
@ApplicationScoped
public class ApiErrors {

    static final long FLUSH_SECONDS = 5;

    /** One hour's count of one class, as it is written. */
    record Count(Instant hour, String statusClass, long responses) {
    }

    private record Key(Instant hour, String statusClass) {
    }

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Inject
    ApiErrorHours hours;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<Key, AtomicLong> counts = new ConcurrentHashMap<>();
    private ScheduledFuture<?> flushing;

    @PostConstruct
    void start() {
        flushing = scheduler.scheduleWithFixedDelay(this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        flushing.cancel(false);
        flush();
    }

    /** Counts one response with this status when it is an error (4xx or 5xx); anything else is ignored. */
    public void record(int status) {
        record(status, Instant.now());
    }

    void record(int status, Instant at) {
        String statusClass = status >= 500 ? ApiErrorHours.SERVER_ERRORS : status >= 400 ? ApiErrorHours.CLIENT_ERRORS : null;
        if (statusClass != null) {
            counts.computeIfAbsent(new Key(at.truncatedTo(ChronoUnit.HOURS), statusClass), key -> new AtomicLong())
                    .incrementAndGet();
        }
    }

    /**
     * Takes what was counted since the last call, leaving zeros; the counters of hours before {@code now}'s
     * are dropped once empty (a late increment into a dropped one is counted again in a new counter).
     */
    List<Count> drain(Instant now) {
        Instant current = now.truncatedTo(ChronoUnit.HOURS);
        List<Count> drained = new ArrayList<>();
        counts.forEach((key, counter) -> {
            long responses = counter.getAndSet(0);
            if (responses > 0) {
                drained.add(new Count(key.hour(), key.statusClass(), responses));
            }
            if (key.hour().isBefore(current)) {
                counts.remove(key, counter);
                long late = counter.getAndSet(0);
                if (late > 0) {
                    drained.add(new Count(key.hour(), key.statusClass(), late));
                }
            }
        });
        return drained;
    }

    void flush() {
        for (Count count : drain(Instant.now())) {
            try {
                hours.add(count.hour(), count.statusClass(), count.responses());
            } catch (RuntimeException e) {
                counts.computeIfAbsent(new Key(count.hour(), count.statusClass()), key -> new AtomicLong())
                        .addAndGet(count.responses());
                LOG.warning(() -> "API error counts not written, kept for the next attempt: " + e.getMessage());
            }
        }
    }
}
