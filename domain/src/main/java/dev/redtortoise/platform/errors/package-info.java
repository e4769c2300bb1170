/** Error tracking: unexpected failures go to Sentry when a DSN is configured, and always to the log. */
package dev.redtortoise.platform.errors;
