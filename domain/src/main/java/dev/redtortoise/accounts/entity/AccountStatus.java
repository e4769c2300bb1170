package dev.redtortoise.accounts.entity;

public enum AccountStatus {
    ACTIVE,
    /** Banned by a moderator: cannot sign in, and its tokens stop working at once. */
    BANNED
}
