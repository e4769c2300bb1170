/**
 * Failures: refusals the domain states with messages fit for its callers ({@link Refusal}, {@link Checks}),
 * answered in one JSON error format by every REST surface ({@link ErrorResponses}, {@link RefusalMapper},
 * {@link UnexpectedErrorMapper}: a 503 when a store is unreachable, a 500 with an incident id otherwise),
 * and error tracking of unexpected ones, always in the log and in Sentry when {@code SENTRY_DSN} is set
 * ({@link ErrorTracking} starts the SDK, {@link ErrorReports} reports): unhandled errors, requests
 * ({@link RequestTracking}, {@link Routes}), failed job steps ({@link JobReports}), dead letters
 * ({@link DeadLetters}) and slow statements by their shape ({@link SlowStatements}, {@link SlowCommands},
 * {@link StatementShapes}); nothing secret leaves the process ({@link SecretScrubber}).
 */
package dev.redtortoise.platform.errors;
