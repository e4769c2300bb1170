package dev.redtortoise.orchestration;

import jakarta.ejb.ScheduleExpression;

/**
 * A six-field cron expression ({@code second minute hour day-of-month month day-of-week}) in the EJB
 * calendar syntax, for schedules that come from configuration rather than an annotation.
 */
final class Cron {

    private Cron() {
    }

    static ScheduleExpression parse(String cron) {
        String[] fields = cron == null ? new String[0] : cron.trim().split("\\s+");
        if (fields.length != 6) {
            throw new IllegalArgumentException("a schedule has six fields 'second minute hour day-of-month month "
                    + "day-of-week', for example '0 */15 * * * *'; got '" + cron + "'");
        }
        return new ScheduleExpression()
                .second(fields[0]).minute(fields[1]).hour(fields[2])
                .dayOfMonth(fields[3]).month(fields[4]).dayOfWeek(fields[5]);
    }
}
