/**
 * Schedules in the console: the list with each schedule's next fire time, a form that edits cron, time zone,
 * enabled and parameters while showing the next fire times as staff type, and "run now". Every check is the
 * {@code Schedules} boundary's (the same cron rules the orchestration part's timers follow); its reasons are
 * shown beside the fields.
 */
package dev.redtortoise.schedules.ui;
