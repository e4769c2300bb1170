/**
 * Typed settings that staff change at run time (login throttle, read cache lifetime, CORS origins, the reject
 * share of new feed sources, purge retention): the console value (PostgreSQL) wins over the environment
 * (MicroProfile Config), which wins over the default. Each part keeps the values in memory and reloads them
 * when a change is announced on the settings topic, so a change applies everywhere without a restart and no
 * request reads the database for them. Every change is audited and can be reverted from the audit log.
 */
package dev.redtortoise.settings;
