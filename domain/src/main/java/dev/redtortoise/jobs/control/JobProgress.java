package dev.redtortoise.jobs.control;

import java.util.Locale;

/**
 * How far an execution got: the items it has read, those skipped while reading included, of the total it
 * has to read ({@code null} while unknown: a job that records none, or an import before its readers open).
 */
public record JobProgress(long done, Long total) {

    public static final JobProgress UNKNOWN = new JobProgress(0, null);

    public boolean known() {
        return total != null;
    }

    /** Done as a share of the total, from 0 to 1 (1 for an empty total); 0 while the total is unknown. */
    public double share() {
        if (total == null) {
            return 0;
        }
        return total == 0 ? 1 : Math.min(1, (double) done / total);
    }

    /** "1,200 of 5,000 (24 %)", or "1,200 read" while the total is unknown. */
    public String describe() {
        if (total == null) {
            return count(done) + " read";
        }
        return count(done) + " of " + count(total) + " (" + (int) Math.floor(share() * 100) + " %)";
    }

    private static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
