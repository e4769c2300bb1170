package dev.redtortoise.accounts.entity;

public enum AccountRole {
    MEMBER,
    MODERATOR
}
