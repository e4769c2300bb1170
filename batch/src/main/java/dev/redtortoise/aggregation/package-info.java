/** The {@code aggregate} job: computes the aggregates the API serves (tag popularity first). */
package dev.redtortoise.aggregation;
