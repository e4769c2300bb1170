/**
 * The business counters and timers an operator scrapes at {@code /metrics} (MicroProfile Metrics, Prometheus
 * text, application scope; Payara Micro keeps one such registry per instance, shared by the parts it runs):
 * API requests by route, method and status with their latency, imported and rejected items by feed source,
 * job runs by job and outcome with their duration, dead letters by address and failed sign-ins by surface.
 * They count the events the console's dashboard counts, at the same points.
 */
package dev.redtortoise.platform.metrics;
