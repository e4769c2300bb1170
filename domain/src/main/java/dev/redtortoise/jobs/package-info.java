/**
 * Batch jobs as operators and automation see them: start one with checked parameters (at once, or as a
 * request over the bus that the orchestration part carries out), read an execution with its steps' counts
 * and rejects, restart or stop it. The console and the operations endpoint call this one boundary.
 */
package dev.redtortoise.jobs;
