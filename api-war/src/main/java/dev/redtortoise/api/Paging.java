package dev.redtortoise.api;

import dev.redtortoise.articles.boundary.Articles;
import dev.redtortoise.platform.errors.Checks;

/** {@code limit} (default 20, 1 to 100) and {@code offset} (0 or more) of a list request. */
record Paging(int offset, int limit) {

    static Paging of(String offset, String limit) {
        Checks checks = new Checks();
        int parsedOffset = parse(offset, 0);
        int parsedLimit = parse(limit, Articles.LIMIT_DEFAULT);
        if (parsedOffset < 0) {
            checks.problem("offset must be a whole number, 0 or more");
        }
        if (parsedLimit < 1 || parsedLimit > Articles.LIMIT_MAX) {
            checks.problem("limit must be a whole number from 1 to " + Articles.LIMIT_MAX);
        }
        checks.orRefuse();
        return new Paging(parsedOffset, parsedLimit);
    }

    private static int parse(String value, int absent) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
