package dev.redtortoise.dashboard.entity;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One address of the bus as the broker holds it: messages waiting in its queues (a topic's are its
 * subscriptions' queues), their consumers, and the messages dead-lettered from it (the queue
 * {@code <dead-letter address>.<address>}, which the broker creates on the first dead letter).
 */
public record QueueDepth(String address, long waiting, long consumers, long deadLetters) {

    /**
     * The broker's queue listing ({@code listQueues}: {@code {"data": [{"name", "address", "messageCount",
     * "consumerCount", "temporary"}...]}}) as one row per address: the known addresses first, in their
     * order, each even when the broker has no queue for it yet, then any other application address (its
     * prefix {@code rt.}) or dead-letter origin, by name. Temporary queues (request-reply) are left out.
     */
    public static List<QueueDepth> of(JsonObject listing, List<String> known, String deadLetterAddress) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        known.forEach(address -> rows.put(address, new long[3]));
        Map<String, long[]> others = new TreeMap<>();
        String deadPrefix = deadLetterAddress + ".";
        for (JsonObject queue : listing.getJsonArray("data").getValuesAs(JsonObject.class)) {
            if (Boolean.parseBoolean(text(queue.get("temporary")))) {
                continue;
            }
            String name = text(queue.get("name"));
            String address = text(queue.get("address"));
            long messages = number(queue.get("messageCount"));
            if (address.equals(deadLetterAddress) && name.startsWith(deadPrefix)) {
                row(rows, others, name.substring(deadPrefix.length()))[2] += messages;
            } else if (rows.containsKey(address) || address.startsWith("rt.")) {
                long[] row = row(rows, others, address);
                row[0] += messages;
                row[1] += number(queue.get("consumerCount"));
            }
        }
        rows.putAll(others);
        List<QueueDepth> depths = new ArrayList<>();
        rows.forEach((address, row) -> depths.add(new QueueDepth(address, row[0], row[1], row[2])));
        return depths;
    }

    private static long[] row(Map<String, long[]> rows, Map<String, long[]> others, String address) {
        long[] row = rows.get(address);
        return row != null ? row : others.computeIfAbsent(address, ignored -> new long[3]);
    }

    /** The listing gives numbers and flags as strings in some versions and as JSON values in others. */
    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static long number(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        String text = text(value);
        return text.isEmpty() ? 0 : Long.parseLong(text);
    }
}
