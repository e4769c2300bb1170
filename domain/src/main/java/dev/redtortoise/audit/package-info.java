/**
 * The audit log (PostgreSQL): every change staff make to accounts, settings, mappings, schedules, dead
 * letters and content, in the console or through the operations endpoint, with who made it, when, and the
 * subject before and after. Boundaries record the entry in the transaction of the change itself, so a
 * change is never saved without its entry; the table refuses updates and deletes (migration V5).
 */
package dev.redtortoise.audit;
