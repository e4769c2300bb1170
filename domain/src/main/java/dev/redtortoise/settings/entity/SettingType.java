package dev.redtortoise.settings.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a setting's text is read and checked. {@link #parse} turns a text into the typed value (a
 * {@link Duration}, an {@link Integer}, a list of origins) or throws with a message that says what is
 * expected; the text kept is {@link #canonical}, so equal values are stored alike.
 */
public enum SettingType {

    DURATION("an ISO-8601 duration such as PT15M or P30D") {
        @Override
        Object read(String text, long min, long max) {
            Duration duration;
            try {
                duration = Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be " + expected);
            }
            if (duration.getSeconds() < min || duration.getSeconds() > max) {
                throw new IllegalArgumentException("must be from " + Duration.ofSeconds(min) + " to " + Duration.ofSeconds(max));
            }
            return duration;
        }

        @Override
        public String canonical(String text) {
            return text.strip().toUpperCase(Locale.ROOT);
        }
    },

    INTEGER("a whole number") {
        @Override
        Object read(String text, long min, long max) {
            return whole(text, min, max, expected);
        }
    },

    PERCENT("a whole number from 0 to 100") {
        @Override
        Object read(String text, long min, long max) {
            return whole(text, 0, 100, expected);
        }
    },

    ORIGINS("origins separated by commas, each scheme://host[:port] such as https://conduit.example.com") {
        @Override
        Object read(String text, long min, long max) {
            List<String> origins = new ArrayList<>();
            for (String origin : items(text)) {
                if (!isOrigin(origin)) {
                    throw new IllegalArgumentException("'" + origin + "' is not an origin: each must be"
                            + " http(s)://host[:port], without a path or a trailing slash");
                }
                origins.add(origin);
            }
            return List.copyOf(origins);
        }

        @Override
        public String canonical(String text) {
            return String.join(",", items(text));
        }
    };

    final String expected;

    SettingType(String expected) {
        this.expected = expected;
    }

    /** What a valid text looks like, for a hint beside the field. */
    public String expected() {
        return expected;
    }

    /** The typed value of the text within the bounds (their meaning depends on the type); throws with a reason. */
    public Object parse(String text, long min, long max) {
        if (text == null) {
            throw new IllegalArgumentException("must be " + expected);
        }
        return read(canonical(text), min, max);
    }

    abstract Object read(String text, long min, long max);

    public String canonical(String text) {
        return text.strip();
    }

    private static Integer whole(String text, long min, long max, String expected) {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be " + expected);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("must be from " + min + " to " + max);
        }
        return (int) value;
    }

    private static List<String> items(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    static boolean isOrigin(String origin) {
        try {
            URI uri = new URI(origin);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawPath().isEmpty() && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
