/**
 * Failures: refusals the domain states with messages fit for its callers ({@link Refusal}, {@link Checks}),
 * and error tracking of unexpected ones (Sentry when a DSN is configured, and always the log).
 */
package dev.redtortoise.platform.errors;
