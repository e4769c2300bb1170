/**
 * Readiness checks, one per dependency, each a real round trip with a bounded wait so that a stopped
 * dependency turns DOWN within seconds and UP again when it returns.
 */
package dev.redtortoise.platform.health;
