package dev.redtortoise.schedules.entity;

import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.schedules.entity.CronField.Unit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A six-field cron ({@code second minute hour day-of-month month day-of-week}) in the EJB calendar syntax
 * (see {@link CronField}), and when it fires in a time zone. The console checks a schedule with it on save
 * and shows its next fire times; the orchestration part builds its calendar timers from the same fields.
 * As in the EJB calendar, when both the day of the month and the day of the week are restricted, a day
 * matching either one fires. Around a daylight-saving change, a wall-clock time that does not exist fires
 * at the same time after the clocks moved (02:30 becomes 03:30), and one that occurs twice fires once, at
 * its first occurrence.
 */
public final class Cron {

    public static final String EXAMPLE = "0 */15 * * * *";
    /** How late a timer may fire and still be counted for its turn (see {@link #slotOf}). */
    public static final Duration SLOT_LOOKBACK = Duration.ofSeconds(60);
    static final int SLOT_SEARCH = 64;
    /** A day-of-month that never comes (the 30th of February) is found within this many years. */
    static final int YEARS_SEARCHED = 9;
    /** Longest clock change: fire times found this much after the last one may still come before it. */
    static final Duration CLOCK_CHANGE = Duration.ofHours(3);

    private final String text;
    private final CronField second;
    private final CronField minute;
    private final CronField hour;
    private final CronField dayOfMonth;
    private final CronField month;
    private final CronField dayOfWeek;

    private Cron(String text, String[] fields) {
        this.text = text;
        second = CronField.parse(Unit.SECOND, fields[0]);
        minute = CronField.parse(Unit.MINUTE, fields[1]);
        hour = CronField.parse(Unit.HOUR, fields[2]);
        dayOfMonth = CronField.parse(Unit.DAY_OF_MONTH, fields[3]);
        month = CronField.parse(Unit.MONTH, fields[4]);
        dayOfWeek = CronField.parse(Unit.DAY_OF_WEEK, fields[5]);
    }

    /** The cron, or a refusal whose message says what is wrong and how a cron looks. */
    public static Cron parse(String text) {
        String[] fields = text == null || text.isBlank() ? new String[0] : text.trim().split("\\s+");
        if (fields.length != 6) {
            throw Refusal.invalid("cron has six fields 'second minute hour day-of-month month day-of-week', "
                    + "for example '" + EXAMPLE + "' (every 15 minutes); got '" + (text == null ? "" : text.trim()) + "'");
        }
        Cron cron = new Cron(String.join(" ", fields), fields);
        if (cron.nextMatch(LocalDateTime.of(2000, 1, 1, 0, 0)) == null) {
            throw Refusal.invalid("cron '" + cron.text + "' never fires (no such day in any year)");
        }
        return cron;
    }

    /** The next fire times after the instant, in the zone, earliest first. */
    public List<ZonedDateTime> next(int count, Instant after, ZoneId zone) {
        TreeSet<Instant> found = new TreeSet<>();
        LocalDateTime candidate = LocalDateTime.ofInstant(after, zone).minus(CLOCK_CHANGE).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime until = null;
        while ((candidate = nextMatch(candidate)) != null && (until == null || !candidate.isAfter(until))) {
            Instant at = ZonedDateTime.ofLocal(candidate, zone, null).toInstant();
            if (at.isAfter(after)) {
                found.add(at);
            }
            if (until == null && found.size() >= count) {
                until = candidate.plus(CLOCK_CHANGE);
            }
            candidate = candidate.plusSeconds(1);
        }
        List<ZonedDateTime> times = new ArrayList<>();
        for (Instant at : found) {
            if (times.size() < count) {
                times.add(at.atZone(zone));
            }
        }
        return times;
    }

    /**
     * The fire time a timer firing at this instant belongs to: the latest one at or before it, looked for
     * within the last {@link #SLOT_LOOKBACK}. Every instance that fires the same turn finds the same time,
     * however late its timer ran within that; null when none is that recent.
     */
    public Instant slotOf(Instant firedAt, ZoneId zone) {
        Instant slot = null;
        for (ZonedDateTime time : next(SLOT_SEARCH, firedAt.minus(SLOT_LOOKBACK), zone)) {
            if (time.toInstant().isAfter(firedAt)) {
                break;
            }
            slot = time.toInstant();
        }
        return slot;
    }

    /** The first local time from {@code from} on (inclusive) that matches every field; null when none comes. */
    LocalDateTime nextMatch(LocalDateTime from) {
        LocalDateTime t = from;
        int lastYear = from.getYear() + YEARS_SEARCHED;
        while (t.getYear() <= lastYear) {
            if (!month.has(t.getMonthValue())) {
                t = t.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            } else if (!day(t.toLocalDate())) {
                t = t.toLocalDate().plusDays(1).atStartOfDay();
            } else if (!hour.has(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minute.has(t.getMinute())) {
                t = t.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            } else if (!second.has(t.getSecond())) {
                t = t.plusSeconds(1);
            } else {
                return t;
            }
        }
        return null;
    }

    private boolean day(LocalDate date) {
        boolean ofMonth = dayOfMonth.hasDay(date.getDayOfMonth(), date.lengthOfMonth());
        boolean ofWeek = dayOfWeek.has(date.getDayOfWeek().getValue() % 7);
        if (!dayOfMonth.wildcard() && !dayOfWeek.wildcard()) {
            return ofMonth || ofWeek;
        }
        return ofMonth && ofWeek;
    }

    public String second() {
        return second.text();
    }

    public String minute() {
        return minute.text();
    }

    public String hour() {
        return hour.text();
    }

    public String dayOfMonth() {
        return dayOfMonth.text();
    }

    public String month() {
        return month.text();
    }

    public String dayOfWeek() {
        return dayOfWeek.text();
    }

    @Override
    public String toString() {
        return text;
    }
}
