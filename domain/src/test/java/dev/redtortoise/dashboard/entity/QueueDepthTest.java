package dev.redtortoise.dashboard.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueueDepthTest {

    /** As the broker's listQueues answers: numbers and flags as strings, a topic's subscriptions named by id. */
    static final String LISTING = """
            {"data": [
              {"name": "rt.job.requests", "address": "rt.job.requests", "messageCount": "3", "consumerCount": "1", "temporary": "false"},
              {"name": "DLQ.rt.job.requests", "address": "DLQ", "messageCount": "2", "consumerCount": "0", "temporary": "false"},
              {"name": "6c1d-sub", "address": "rt.content.changes", "messageCount": "1", "consumerCount": "1", "temporary": "false"},
              {"name": "7f2e-sub", "address": "rt.content.changes", "messageCount": "4", "consumerCount": "1", "temporary": "false"},
              {"name": "c0ffee", "address": "c0ffee", "messageCount": "9", "consumerCount": "1", "temporary": "true"},
              {"name": "activemq.notifications", "address": "activemq.notifications", "messageCount": "8", "consumerCount": "0", "temporary": "false"},
              {"name": "DLQ.rt.gone", "address": "DLQ", "messageCount": 6, "consumerCount": 0, "temporary": false},
              {"name": "rt.extra", "address": "rt.extra", "messageCount": 0, "consumerCount": 2, "temporary": false}
            ], "count": 8}""";

    @Test
    void oneRowPerAddressKnownFirstWithTheirDeadLettersAndSubscriptionsAddedUp() {
        JsonObject listing = Json.createReader(new StringReader(LISTING)).readObject();

        List<QueueDepth> depths = QueueDepth.of(listing,
                List.of("rt.heartbeat.requests", "rt.job.requests", "rt.content.changes"), "DLQ");

        assertThat(depths).containsExactly(
                new QueueDepth("rt.heartbeat.requests", 0, 0, 0),
                new QueueDepth("rt.job.requests", 3, 1, 2),
                new QueueDepth("rt.content.changes", 5, 2, 0),
                new QueueDepth("rt.extra", 0, 2, 0),
                new QueueDepth("rt.gone", 0, 0, 6));
    }
}
