/**
 * Orchestration: timers that start work and message-driven beans that take requests from the bus. Each
 * only delegates to a domain boundary or to the batch runtime.
 */
package dev.redtortoise.orchestration;
