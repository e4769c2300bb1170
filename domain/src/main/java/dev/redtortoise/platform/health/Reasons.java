package dev.redtortoise.platform.health;

/** A one-line reason for a DOWN check: the innermost message, never a stack trace. */
final class Reasons {

    private Reasons() {
    }

    static String of(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
