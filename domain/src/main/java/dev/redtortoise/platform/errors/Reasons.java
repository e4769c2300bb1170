package dev.redtortoise.platform.errors;

/** A one-line reason for a failure (a DOWN check, a failed job step): the innermost message, never a stack trace. */
public final class Reasons {

    private Reasons() {
    }

    public static String of(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
