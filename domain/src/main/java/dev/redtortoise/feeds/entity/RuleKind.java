package dev.redtortoise.feeds.entity;

/** What a mapping rule does; see {@link Mapping}. */
public enum RuleKind {
    RENAME_TAG, DROP_TAG, DEFAULT_TAG, FIELD, MAX_BODY
}
