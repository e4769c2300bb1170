/**
 * Job runs in the console: each job's recent executions page by page with their steps' counts, the rejects
 * of a run page by page, and restart or stop asked of the orchestration part over the bus (the
 * {@code JobRuns} boundary; the orchestration part carries them out through {@code Jobs}), each run's
 * progress against its total, and a bulk file uploaded and imported under a feed source ({@code BulkUploads}).
 */
package dev.redtortoise.jobs.ui;
