package dev.redtortoise.dashboard.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One hour of a two-part count: articles written and rejected by imports, or the API's 5xx and 4xx
 * responses. {@code hour} is the start of the hour.
 */
public record Bucket(Instant hour, long primary, long secondary) {

    public static final int HOURS = 24;

    public long total() {
        return primary + secondary;
    }

    /**
     * The last {@value #HOURS} hours up to the one holding {@code now}, oldest first, every hour present
     * (those without rows count zero); rows of the same hour add up, rows outside are left out.
     */
    public static List<Bucket> lastDay(Instant now, List<Bucket> rows) {
        Instant last = now.truncatedTo(ChronoUnit.HOURS);
        Instant first = firstHour(now);
        Map<Instant, long[]> sums = new HashMap<>();
        for (Bucket row : rows) {
            Instant hour = row.hour().truncatedTo(ChronoUnit.HOURS);
            if (!hour.isBefore(first) && !hour.isAfter(last)) {
                long[] sum = sums.computeIfAbsent(hour, ignored -> new long[2]);
                sum[0] += row.primary();
                sum[1] += row.secondary();
            }
        }
        List<Bucket> day = new ArrayList<>(HOURS);
        for (Instant hour = first; !hour.isAfter(last); hour = hour.plus(Duration.ofHours(1))) {
            long[] sum = sums.getOrDefault(hour, new long[2]);
            day.add(new Bucket(hour, sum[0], sum[1]));
        }
        return day;
    }

    /** The start of the first of the last {@value #HOURS} hours up to the one holding {@code now}. */
    public static Instant firstHour(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(HOURS - 1));
    }

    /** The sum of the buckets from {@code from} on (an hour's bucket counts when the hour starts at or after it). */
    public static Bucket since(Instant from, List<Bucket> buckets) {
        long primary = 0;
        long secondary = 0;
        for (Bucket bucket : buckets) {
            if (!bucket.hour().isBefore(from)) {
                primary += bucket.primary();
                secondary += bucket.secondary();
            }
        }
        return new Bucket(from, primary, secondary);
    }
}
