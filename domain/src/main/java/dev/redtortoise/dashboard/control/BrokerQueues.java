package dev.redtortoise.dashboard.control;

import dev.redtortoise.platform.messaging.Bus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;

/**
 * The broker's queues as its management sees them, asked over the bus itself: one management message
 * ({@code broker.listQueues}) to the management address, answered on a temporary queue. It goes through
 * the application's own connection factory, so with the credentials the server was configured with (the
 * user needs the {@code manage} permission), and it needs no Artemis class: the management protocol is
 * three message properties and a JSON body, as {@code JMSManagementHelper} writes them.
 */
@ApplicationScoped
public class BrokerQueues {

    static final String RESOURCE_NAME = "_AMQ_ResourceName";
    static final String OPERATION_NAME = "_AMQ_OperationName";
    static final String SUCCEEDED = "_AMQ_OperationSucceeded";
    static final long REPLY_TIMEOUT_MILLIS = 2_000;
    static final int PAGE_SIZE = 1_000;
    static final String NO_FILTER = Json.createObjectBuilder().add("field", "").add("operation", "").add("value", "")
            .add("sortColumn", "name").add("sortOrder", "asc").build().toString();

    @Inject
    Bus bus;

    @Inject
    @ConfigProperty(name = "rt.jms.management-address", defaultValue = "activemq.management")
    String managementAddress;

    /** The broker's listing of its queues: {@code {"data": [{"name", "address", "messageCount", ...}], "count"}}. */
    public JsonObject listing() {
        try (JMSContext context = bus.connectionFactory().createContext()) {
            TemporaryQueue replies = context.createTemporaryQueue();
            try (JMSConsumer consumer = context.createConsumer(replies)) {
                TextMessage request = context.createTextMessage(
                        Json.createArrayBuilder().add(NO_FILTER).add(1).add(PAGE_SIZE).build().toString());
                request.setStringProperty(RESOURCE_NAME, "broker");
                request.setStringProperty(OPERATION_NAME, "listQueues");
                request.setJMSReplyTo(replies);
                context.createProducer().send(context.createQueue(managementAddress), request);
                Message reply = consumer.receive(REPLY_TIMEOUT_MILLIS);
                if (reply == null) {
                    throw new IllegalStateException("the broker's management did not answer within "
                            + REPLY_TIMEOUT_MILLIS + " ms");
                }
                return result(reply);
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    static JsonObject result(Message reply) throws JMSException {
        JsonArray result = Json.createReader(new StringReader(reply.getBody(String.class))).readArray();
        if (!reply.getBooleanProperty(SUCCEEDED)) {
            throw new IllegalStateException("the broker refused to list its queues: " + result.get(0));
        }
        return Json.createReader(new StringReader(result.getString(0))).readObject();
    }
}
