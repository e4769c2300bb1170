package dev.redtortoise.devservices;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options with defaults; an unknown option fails at once. */
final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(String[] args, Map<String, String> defaults) {
        Map<String, String> values = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!defaults.containsKey(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: " + usage(defaults) + " (got '" + args[i] + "')");
            }
            values.put(name, args[i + 1]);
        }
        return new Options(values);
    }

    private static String usage(Map<String, String> defaults) {
        StringBuilder usage = new StringBuilder();
        defaults.keySet().stream().sorted().forEach(name -> usage.append("[--").append(name).append(" V] "));
        return usage.toString().trim();
    }

    String get(String name) {
        return values.get(name);
    }

    int port(String name) {
        return (int) number(name, 1, 65_535, "a TCP port (1-65535)");
    }

    /** A pause in milliseconds, from 0 to a minute. */
    long millis(String name) {
        return number(name, 0, 60_000, "milliseconds (0-60000)");
    }

    private long number(String name, long min, long max, String what) {
        try {
            long number = Long.parseLong(values.get(name));
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be " + what + ", got '" + values.get(name) + "'");
        }
    }
}
