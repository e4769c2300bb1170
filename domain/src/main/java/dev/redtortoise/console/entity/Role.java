package dev.redtortoise.console.entity;

/** What a console user may do; the names are the Jakarta Security group names. */
public enum Role {
    /** Everything, including console users and settings. */
    ADMIN,
    /** Runs jobs, replays dead letters, moderates. */
    OPERATOR,
    /** Reads dashboards and lists. */
    VIEWER
}
