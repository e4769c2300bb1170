/**
 * Batch jobs as operators and automation see them: start one with checked parameters (at once, or as a
 * request over the bus that the orchestration part carries out), read an execution with its steps' counts
 * and rejects, restart or stop it. The console and the operations endpoint call this one boundary. The
 * import jobs record the total they have to read ({@code JobTotals}), read back as each run's progress; a
 * bulk file uploaded in the console is kept in the import directory and its import requested over the bus
 * ({@code BulkUploads}). Payara's own job repository tables are read and repaired only by
 * {@code BatchRepository}, which declares the tables and columns it relies on; the rest speaks {@code JobOperator}.
 */
package dev.redtortoise.jobs;
