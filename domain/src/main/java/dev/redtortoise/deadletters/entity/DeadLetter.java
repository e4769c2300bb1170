package dev.redtortoise.deadletters.entity;

import dev.redtortoise.platform.errors.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A message the broker gave up on, as read from a dead-letter queue. The broker keeps the original address
 * and routing type on the copy it dead-letters, and the message's own id, properties and send time, but
 * neither the time of the failures nor their count: it moves a message after its configured number of
 * failed deliveries, which {@code attempts} is.
 *
 * @param id              the JMS message id, the same as when it was first sent
 * @param queue           the dead-letter queue holding it ({@code DLQ.<original address>})
 * @param originalAddress where it was sent, and where a replay sends it again
 * @param topic           whether the original address was a topic (multicast) rather than a queue
 * @param type            the bus's message type ({@code rtType}), null for a message from elsewhere
 * @param busId           the bus's own message id ({@code rtMessageId}), which consumers deduplicate on
 * @param sentAt          when it was first sent: its first delivery failed soon after
 * @param body            the text of a text message, or a description of another kind of body
 * @param properties      its application properties, the broker's own left out
 */
public record DeadLetter(String id, String queue, String originalAddress, boolean topic, String type, String busId,
                         Instant sentAt, int attempts, String body, Map<String, String> properties) {

    /** How much of the body an audit entry keeps. */
    static final int AUDITED_BODY = 500;
    /** A JMS message id as Artemis writes them ({@code ID:} and a UUID), with room for other clients' ids. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9:._-]{1,180}");

    public DeadLetter {
        properties = Map.copyOf(properties);
    }

    /** The message as the audit log records it before a replay or a discard: ids, where from, a body excerpt. */
    public String summary() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", id)
                .add("queue", queue)
                .add("originalAddress", originalAddress)
                .add("sentAt", sentAt.toString())
                .add("body", excerpt(body, AUDITED_BODY));
        if (type != null) {
            json.add("type", type);
        }
        if (busId != null) {
            json.add("busId", busId);
        }
        return json.build().toString();
    }

    /** The id when it can be one: it goes into a message selector and the audit subject. */
    public static String checkedId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw Refusal.invalid("id must be a message id (letters, digits and : . _ -, at most 180), got '"
                    + (id == null ? "" : excerpt(id, 60)) + "'");
        }
        return id;
    }

    /** The first characters of a text, marked as cut when it was longer. */
    public static String excerpt(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }
}
