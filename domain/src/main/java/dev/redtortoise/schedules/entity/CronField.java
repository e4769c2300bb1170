package dev.redtortoise.schedules.entity;

import dev.redtortoise.platform.errors.Refusal;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * One field of a {@link Cron}, parsed by the EJB calendar rules that the orchestration part's timer service
 * applies: {@code *}, a value, a range {@code a-b} (wrapping when {@code a > b}), a list of values and
 * ranges, an increment {@code x/y} (second, minute and hour only), month and weekday names, and for the day
 * of the month {@code Last} and {@code -1} to {@code -7} (days before the last). Anything else is refused
 * here, so nothing the console accepts is refused later by the timer service.
 */
record CronField(Unit unit, String text, boolean wildcard, BitSet values, BitSet daysBeforeLast) {

    enum Unit {
        SECOND("second", 0, 59, List.of(), true),
        MINUTE("minute", 0, 59, List.of(), true),
        HOUR("hour", 0, 23, List.of(), true),
        DAY_OF_MONTH("day-of-month", 1, 31, List.of(), false),
        MONTH("month", 1, 12, List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), false),
        DAY_OF_WEEK("day-of-week", 0, 7, List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat"), false);

        final String label;
        final int min;
        final int max;
        /** Names for the values from {@link #min} on. */
        final List<String> names;
        final boolean increments;

        Unit(String label, int min, int max, List<String> names, boolean increments) {
            this.label = label;
            this.min = min;
            this.max = max;
            this.names = names;
            this.increments = increments;
        }
    }

    static CronField parse(Unit unit, String text) {
        BitSet values = new BitSet();
        BitSet beforeLast = new BitSet();
        if (text.equals("*")) {
            values.set(unit.min, unit.max + 1);
        } else if (text.contains("/")) {
            increment(unit, text, values);
        } else {
            for (String item : text.split(",", -1)) {
                item(unit, text, item, values, beforeLast);
            }
        }
        if (unit == Unit.DAY_OF_WEEK && values.get(7)) {
            values.clear(7);
            values.set(0);
        }
        return new CronField(unit, text, text.equals("*"), values, beforeLast);
    }

    boolean has(int value) {
        return values.get(value);
    }

    /** For the day of the month: whether the day matches, counting {@code Last} and {@code -n} in this month. */
    boolean hasDay(int day, int lengthOfMonth) {
        int beforeLast = lengthOfMonth - day;
        return values.get(day) || beforeLast < 8 && daysBeforeLast.get(beforeLast);
    }

    private static void increment(Unit unit, String text, BitSet values) {
        if (!unit.increments) {
            throw problem(unit, text, "increments (x/y) are allowed only in second, minute and hour");
        }
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            throw problem(unit, text, "an increment is 'start/step', for example '*/15' or '5/10'");
        }
        int start = parts[0].equals("*") ? unit.min : number(unit, text, parts[0]);
        int step = number(unit, text, parts[1]);
        if (step < 1) {
            throw problem(unit, text, "the step must be at least 1");
        }
        for (int value = start; value <= unit.max; value += step) {
            values.set(value);
        }
    }

    private static void item(Unit unit, String text, String item, BitSet values, BitSet beforeLast) {
        String lower = item.toLowerCase(Locale.ROOT);
        if (item.isEmpty()) {
            throw problem(unit, text, "a list has a value between each comma");
        }
        if (item.equals("*")) {
            throw problem(unit, text, "'*' stands alone, not in a list");
        }
        if (unit == Unit.DAY_OF_MONTH && (lower.equals("last") || lower.matches("-[1-7]"))) {
            beforeLast.set(lower.equals("last") ? 0 : -Integer.parseInt(lower));
            return;
        }
        int dash = item.indexOf('-');
        if (dash < 0) {
            values.set(value(unit, text, item));
            return;
        }
        int from = value(unit, text, item.substring(0, dash));
        int to = value(unit, text, item.substring(dash + 1));
        if (from <= to) {
            values.set(from, to + 1);
        } else {
            values.set(from, unit.max + 1);
            values.set(unit.min, to + 1);
        }
    }

    private static int value(Unit unit, String text, String given) {
        int named = unit.names.indexOf(given.toLowerCase(Locale.ROOT));
        return named >= 0 ? unit.min + named : number(unit, text, given);
    }

    private static int number(Unit unit, String text, String given) {
        if (!given.matches("[0-9]{1,2}")) {
            throw problem(unit, text, "'" + given + "' is not a number" + (unit.names.isEmpty() ? ""
                    : " or a name (" + unit.names.get(0) + ", " + unit.names.get(1) + ", ...)"));
        }
        int value = Integer.parseInt(given);
        if (value < unit.min || value > unit.max) {
            throw problem(unit, text, value + " is outside " + unit.min + "-" + unit.max);
        }
        return value;
    }

    private static Refusal problem(Unit unit, String text, String why) {
        return Refusal.invalid("cron's " + unit.label + " field '" + text + "' is invalid: " + why);
    }
}
