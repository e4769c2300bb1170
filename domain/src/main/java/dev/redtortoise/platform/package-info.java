/**
 * The only technical component: messaging on the one bus, health checks beside what they check, the
 * relational schema's migrations, the document store's wiring and error reporting.
 */
package dev.redtortoise.platform;
