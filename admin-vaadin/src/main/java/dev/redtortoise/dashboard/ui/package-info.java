/** The status dashboard: the health of every dependency and the orchestration heartbeat. */
package dev.redtortoise.dashboard.ui;
