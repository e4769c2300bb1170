/**
 * Schedules (PostgreSQL): when each recurring job or orchestration task runs, as a six-field cron in a time
 * zone, checked by the same rules the orchestration part's calendar timers follow, with its next fire times.
 * Changed by staff in the console or through the operations endpoint (audited and announced on the bus);
 * the orchestration part builds its timers from these rows.
 */
package dev.redtortoise.schedules;
