/**
 * The audit log in the console: every change, newest first, page by page, searchable by actor, action or
 * subject; an entry's before and after side by side; and, for an administrator, revert of one settings or
 * feed source (mapping rules) change through the boundary that made it, which audits the revert in turn.
 */
package dev.redtortoise.audit.ui;
