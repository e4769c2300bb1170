package dev.redtortoise.audit.entity;

import java.util.Objects;

/** Who made a change, and through which door: a console user, an operations caller, or the system itself. */
public record Actor(String name, Channel channel) {

    public enum Channel { CONSOLE, OPERATIONS, SYSTEM }

    public static final Actor SYSTEM = new Actor("system", Channel.SYSTEM);

    public Actor {
        Objects.requireNonNull(channel, "channel");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor has a name");
        }
    }

    public static Actor console(String username) {
        return new Actor(username, Channel.CONSOLE);
    }

    public static Actor operations(String username) {
        return new Actor(username, Channel.OPERATIONS);
    }

    @Override
    public String toString() {
        return name + " (" + channel.name().toLowerCase() + ")";
    }
}
