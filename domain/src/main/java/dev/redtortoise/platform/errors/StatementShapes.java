package dev.redtortoise.platform.errors;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a slow statement looked like, without the values in it: SQL with its literals replaced by
 * {@code ?} (Hibernate binds parameters, but a native query may inline them), a MongoDB command with every
 * value replaced, keeping only the command, its collection and the field and operator names. A shape is
 * what errors group by and all that leaves the process.
 */
public final class StatementShapes {

    static final int MAX_LENGTH = 2_000;
    private static final Pattern STRING_LITERAL = Pattern.compile("(?s)(?:[EeNn]|U&)?'(?:[^']|'')*'");
    private static final Pattern DOLLAR_QUOTED = Pattern.compile("(?s)\\$([A-Za-z_]*)\\$.*?\\$\\1\\$");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.])-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?(?![\\w$])");
    private static final Pattern IN_LIST = Pattern.compile("\\(\\s*\\?(?:\\s*,\\s*\\?)+\\s*\\)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Driver bookkeeping in every command: sessions, cluster time, the database. Not part of the shape. */
    private static final Set<String> BOOKKEEPING = Set.of("$db", "lsid", "$clusterTime", "txnNumber",
            "$readPreference", "autocommit", "startTransaction", "apiVersion", "apiStrict", "apiDeprecationErrors");
    private static final int MAX_DEPTH = 6;

    private StatementShapes() {
    }

    public static String sql(String sql) {
        String shape = DOLLAR_QUOTED.matcher(sql).replaceAll("?");
        shape = STRING_LITERAL.matcher(shape).replaceAll("?");
        shape = NUMBER.matcher(shape).replaceAll("?");
        shape = IN_LIST.matcher(shape).replaceAll("(?, ...)");
        return cut(SPACE.matcher(shape).replaceAll(" ").trim());
    }

    /** e.g. {@code find articles {"filter": {"tagList": ?, "deleted": {"$ne": ?}}, "limit": ?}} */
    public static String command(String name, BsonDocument command) {
        BsonValue target = command.get(name);
        StringBuilder shape = new StringBuilder(name);
        if (target != null && target.isString()) {
            shape.append(' ').append(target.asString().getValue());
        }
        shape.append(' ');
        BsonDocument rest = new BsonDocument();
        command.forEach((key, value) -> {
            if (!key.equals(name) && !BOOKKEEPING.contains(key)) {
                rest.put(key, value);
            }
        });
        appendDocument(shape, rest, 0);
        return cut(shape.toString());
    }

    private static void appendValue(StringBuilder shape, BsonValue value, int depth) {
        if (value.isDocument()) {
            appendDocument(shape, value.asDocument(), depth + 1);
        } else if (value.isArray()) {
            appendArray(shape, value.asArray(), depth + 1);
        } else {
            shape.append('?');
        }
    }

    private static void appendDocument(StringBuilder shape, BsonDocument document, int depth) {
        if (depth > MAX_DEPTH) {
            shape.append("{...}");
            return;
        }
        shape.append('{');
        boolean first = true;
        for (var entry : document.entrySet()) {
            if (!first) {
                shape.append(", ");
            }
            first = false;
            shape.append('"').append(entry.getKey()).append("\": ");
            appendValue(shape, entry.getValue(), depth);
        }
        shape.append('}');
    }

    /** An array of documents (a pipeline, inserted documents) shows each distinct element shape once. */
    private static void appendArray(StringBuilder shape, BsonArray array, int depth) {
        if (array.isEmpty() || !array.get(0).isDocument() || depth > MAX_DEPTH) {
            shape.append(array.isEmpty() ? "[]" : "[?]");
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (BsonValue element : array) {
            StringBuilder one = new StringBuilder();
            appendValue(one, element, depth);
            seen.add(one.toString());
            if (seen.size() > 20) {
                break;
            }
        }
        shape.append('[').append(String.join(", ", seen)).append(']');
    }

    private static String cut(String shape) {
        return shape.length() <= MAX_LENGTH ? shape : shape.substring(0, MAX_LENGTH) + "...";
    }
}
