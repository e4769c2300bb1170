/**
 * The operations endpoint of the orchestration part, for automation: start, read, restart and stop batch
 * jobs; list and change feed sources and their mapping rules. Console administrators only (HTTP Basic);
 * every error is JSON. It calls the same boundaries as the console.
 */
package dev.redtortoise.operations;
