package dev.redtortoise.system;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bus consumers are idempotent: a message delivered again (the same {@code rtMessageId}, as a redelivery
 * after a consumer died or an acknowledgement was lost carries it) is not acted on twice, while distinct
 * messages each are. The copies are sent to the running orchestration part through the real broker.
 */
class BusRedeliveryIT {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aHeartbeatRequestDeliveredFiveTimesBeatsOnce() throws Exception {
        String repeated = "it-" + UUID.randomUUID();
        String other = "it-" + UUID.randomUUID();
        long before = beats();
        for (int copy = 0; copy < 5; copy++) {
            send("rt.heartbeat.requests", "heartbeat.requested", repeated, "{}");
        }
        send("rt.heartbeat.requests", "heartbeat.requested", other, "{}");

        await(() -> consumed("heartbeat-requests", repeated) && consumed("heartbeat-requests", other));
        Thread.sleep(2_000); // any copy still in flight would be acted on by now
        // two requests beat twice; the once-a-minute timer may add one more, five copies alone would add four
        assertThat(beats() - before).isBetween(2L, 3L);
    }

    @Test
    void aJobRequestDeliveredThreeTimesStartsOneExecution() throws Exception {
        String request = "it-" + UUID.randomUUID();
        String marker = "BusRedeliveryIT-" + UUID.randomUUID();
        String body = "{\"job\":\"purge\",\"parameters\":{\"requestedBy\":\"" + marker + "\"}}";
        for (int copy = 0; copy < 3; copy++) {
            send("rt.job.requests", "run-job", request, body);
        }

        await(() -> execution(request) != null);
        long execution = execution(request);
        Operations.awaitEnd(execution, WAIT);
        Thread.sleep(3_000); // a copy refused while the first was starting comes back after a second
        List<Long> started = purgeExecutions().stream()
                .filter(run -> marker.equals(run.getJsonObject("parameters").getString("requestedBy", null)))
                .map(run -> run.getJsonNumber("execution").longValue())
                .toList();
        assertThat(started).containsExactly(execution);
    }

    private static void send(String queue, String type, String messageId, String body) throws JMSException {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + System.getenv("RT_ARTEMIS_PORT"), System.getenv("RT_ARTEMIS_USER"),
                System.getenv("RT_ARTEMIS_PASSWORD"));
             JMSContext context = factory.createContext()) {
            TextMessage message = context.createTextMessage(body);
            message.setStringProperty("rtType", type);
            message.setStringProperty("rtMessageId", messageId);
            context.createProducer().send(context.createQueue(queue), message);
        }
    }

    private static List<JsonObject> purgeExecutions() {
        return Operations.json(Operations.admin("GET", "/jobs/purge/executions", null), 200)
                .getJsonArray("executions").getValuesAs(JsonNumber.class).stream()
                .map(id -> Operations.json(Operations.admin("GET", "/executions/" + id.longValue(), null), 200))
                .toList();
    }

    private static long beats() throws SQLException {
        try (Connection db = Conduit.jdbc();
             PreparedStatement select = db.prepareStatement("SELECT beats FROM heartbeat WHERE name = 'orchestration'");
             ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private static boolean consumed(String consumer, String messageId) throws SQLException {
        try (Connection db = Conduit.jdbc();
             PreparedStatement select = db.prepareStatement(
                     "SELECT 1 FROM consumed_message WHERE consumer = ? AND message_id = ?")) {
            select.setString(1, consumer);
            select.setString(2, messageId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static Long execution(String messageId) throws SQLException {
        try (Connection db = Conduit.jdbc();
             PreparedStatement select = db.prepareStatement(
                     "SELECT execution_id FROM consumed_message WHERE consumer = 'job-requests' AND message_id = ?")) {
            select.setString(1, messageId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? (Long) row.getObject(1) : null;
            }
        }
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT);
            }
            Thread.sleep(200);
        }
    }
}
