/**
 * The maintenance job {@code purge}: what the MongoDB stand-in cannot expire by itself (it has no TTL
 * indexes), a scheduled job removes.
 */
package dev.redtortoise.maintenance;
