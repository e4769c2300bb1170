package dev.redtortoise.platform.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every invalid field of one request, so a caller learns all of them at once. Messages start
 * with the field's name: "title can't be blank", "bio is too long (maximum is 2000 characters)".
 */
public final class Checks {

    private final List<String> problems = new ArrayList<>();

    public Checks required(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + " can't be blank");
        }
        return this;
    }

    /** For optional fields: absent is fine, present but blank is not. */
    public Checks notBlankIfGiven(String field, String value) {
        if (value != null && value.isBlank()) {
            problems.add(field + " can't be blank");
        }
        return this;
    }

    public Checks length(String field, String value, int min, int max) {
        if (value != null && !value.isBlank()) {
            if (value.length() < min) {
                problems.add(field + " is too short (minimum is " + min + " characters)");
            } else if (value.length() > max) {
                problems.add(field + " is too long (maximum is " + max + " characters)");
            }
        }
        return this;
    }

    public Checks maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field + " is too long (maximum is " + max + " characters)");
        }
        return this;
    }

    public Checks matches(String field, String value, Pattern pattern) {
        if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
            problems.add(field + " is invalid");
        }
        return this;
    }

    public Checks problem(String message) {
        problems.add(message);
        return this;
    }

    public void orRefuse() {
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
    }
}
