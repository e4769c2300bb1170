package dev.redtortoise.deadletters.control;

import dev.redtortoise.platform.errors.Refusal;
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
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.util.List;

/**
 * Asks Artemis's management over the bus itself (a request on its management address, the answer on a
 * temporary queue): Jakarta Messaging cannot list queues. Never inside a transaction, where the request
 * would wait for a commit that waits for the answer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class BrokerManagement {

    static final String RESOURCE = "_AMQ_ResourceName";
    static final String OPERATION = "_AMQ_OperationName";
    static final String SUCCEEDED = "_AMQ_OperationSucceeded";
    static final long ANSWER_WAIT_MS = 5_000;

    @Inject
    Bus bus;

    @Inject
    @ConfigProperty(name = "rt.jms.management-address", defaultValue = "activemq.management")
    String managementAddress;

    /** The names of the queues bound to an address; none when the broker has no such address (yet). */
    public List<String> queuesOf(String address) {
        // the resource adapter deletes the temporary queue when the context closes
        try (JMSContext context = bus.connectionFactory().createContext()) {
            TemporaryQueue answers = context.createTemporaryQueue();
            try (JMSConsumer consumer = context.createConsumer(answers)) {
                // the operation's parameters are a JSON array in the body; getQueueNames has none
                TextMessage request = context.createTextMessage("[]");
                request.setStringProperty(RESOURCE, "address." + address);
                request.setStringProperty(OPERATION, "getQueueNames");
                request.setJMSReplyTo(answers);
                context.createProducer().send(context.createQueue(managementAddress), request);
                Message answer = consumer.receive(ANSWER_WAIT_MS);
                if (answer == null) {
                    throw Refusal.unavailable("the broker's management did not answer within " + ANSWER_WAIT_MS + " ms");
                }
                return answer.getBooleanProperty(SUCCEEDED) ? names(answer.getBody(String.class)) : List.of();
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    /** The answer is a JSON array holding the operation's result, here an array of names. */
    static List<String> names(String answer) {
        try (var reader = Json.createReader(new StringReader(answer))) {
            JsonArray result = reader.readArray();
            return result.isEmpty() ? List.of() : result.getJsonArray(0).getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).sorted().toList();
        } catch (JsonException | ClassCastException e) {
            throw Refusal.unavailable("the broker's management answered what is not a list of queues: " + answer);
        }
    }
}
