package dev.redtortoise.platform.errors;

import java.time.Duration;
import java.util.List;

/**
 * A request the domain refuses, with the messages its caller may show as they are: invalid fields, an
 * unknown resource, someone else's resource, a missing or bad credential, too many attempts, or a store
 * that is down for a moment. Each way in (REST, console, pipeline) turns the kind into its own status.
 */
public class Refusal extends RuntimeException {

    public enum Kind { INVALID, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, TOO_MANY_ATTEMPTS, UNAVAILABLE }

    private final Kind kind;
    private final List<String> messages;
    private final Duration retryAfter;

    Refusal(Kind kind, List<String> messages, Duration retryAfter) {
        super(kind + ": " + String.join("; ", messages), null, false, false);
        this.kind = kind;
        this.messages = List.copyOf(messages);
        this.retryAfter = retryAfter;
    }

    public static Refusal invalid(List<String> messages) {
        return new Refusal(Kind.INVALID, messages, null);
    }

    public static Refusal invalid(String message) {
        return invalid(List.of(message));
    }

    public static Refusal unauthorized(String message) {
        return new Refusal(Kind.UNAUTHORIZED, List.of(message), null);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, List.of(message), null);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, List.of(message), null);
    }

    public static Refusal tooManyAttempts(String message, Duration retryAfter) {
        return new Refusal(Kind.TOO_MANY_ATTEMPTS, List.of(message), retryAfter);
    }

    public static Refusal unavailable(String message) {
        return new Refusal(Kind.UNAVAILABLE, List.of(message), null);
    }

    public Kind kind() {
        return kind;
    }

    public List<String> messages() {
        return messages;
    }

    /** When to try again, for {@link Kind#TOO_MANY_ATTEMPTS}; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
