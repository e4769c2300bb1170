/**
 * The orchestration heartbeat: proof that timers and the bus work, recorded in PostgreSQL and shown on
 * the console's dashboard.
 */
package dev.redtortoise.heartbeat;
