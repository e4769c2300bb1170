/**
 * The live status dashboard: one shared refresher reads the dashboard's snapshot every few seconds and
 * pushes it to every open dashboard; health cards, counts, queues, jobs and two server-drawn SVG charts.
 */
package dev.redtortoise.dashboard.ui;
