package dev.redtortoise.dashboard.entity;

import dev.redtortoise.platform.errors.Reasons;

import java.util.function.Supplier;

/**
 * One part of the dashboard as read: its value, or why it could not be read. Each part is read on its own,
 * so a store that is down blanks only what comes from it (the other parts, and its DOWN health card, are
 * what the operator needs then).
 */
public record Reading<T>(T value, String failure) {

    public static <T> Reading<T> of(Supplier<T> read) {
        try {
            return new Reading<>(read.get(), null);
        } catch (RuntimeException e) {
            return new Reading<>(null, Reasons.of(e));
        }
    }

    public boolean ok() {
        return failure == null;
    }
}
