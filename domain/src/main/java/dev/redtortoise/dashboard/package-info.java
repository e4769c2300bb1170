/**
 * What the console's live dashboard shows, gathered in one snapshot for every viewer at once: the health of
 * each dependency and of the orchestration part, the broker's queue depths and dead letters, running jobs
 * and the last failures, counts, and the last 24 hours of imports and of the customer API's error responses
 * (which the API counts here, per hour, off its fast path).
 */
package dev.redtortoise.dashboard;
