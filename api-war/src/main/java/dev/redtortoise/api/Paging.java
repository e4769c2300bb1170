package dev.redtortoise.api;

import dev.redtortoise.articles.boundary.Articles;
import dev.redtortoise.platform.errors.Checks;

/**
 * {@code limit} (default 20; a positive whole number, above 100 served as 100, since the Conduit contract
 * sets no maximum) and {@code offset} (0 or more) of a list request.
 */
record Paging(int offset, int limit) {

    static Paging of(String offset, String limit) {
        Checks checks = new Checks();
        int parsedOffset = parse(offset, 0);
        int parsedLimit = parse(limit, Articles.LIMIT_DEFAULT);
        if (parsedOffset < 0) {
            checks.problem("offset must be a whole number, 0 or more");
        }
        if (parsedLimit < 1) {
            checks.problem("limit must be a whole number, 1 or more");
        }
        checks.orRefuse();
        return new Paging(parsedOffset, Math.min(parsedLimit, Articles.LIMIT_MAX));
    }

    private static int parse(String value, int absent) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        String digits = value.trim();
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            // a whole number too large for an int is still a whole number: capped like any other
            return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Integer.MAX_VALUE : -1;
        }
    }
}
