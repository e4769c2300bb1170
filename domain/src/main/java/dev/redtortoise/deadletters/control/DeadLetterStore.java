package dev.redtortoise.deadletters.control;

import dev.redtortoise.deadletters.entity.DeadLetter;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.platform.messaging.Bus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The broker's dead-letter queues over Jakarta Messaging: one queue per original address on the dead-letter
 * address ({@code DLQ.<address>} on {@code DLQ}, as the broker creates them), named by the broker's management
 * ({@link BrokerManagement}), read with queue browsers, and emptied by a consumer in the caller's transaction,
 * which also sends the replayed copy: a replay commits the removal and the copy together, or neither.
 */
@ApplicationScoped
public class DeadLetterStore {

    /** What Artemis writes on the copy it dead-letters. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    static final String ORIGINAL_ROUTING_TYPE = "_AMQ_ORIG_ROUTING_TYPE";
    /** Artemis's routing type numbers: a topic's address is multicast. */
    static final byte MULTICAST = 0;
    static final String BUS_TYPE = "rtType";
    /** A message being taken may be on its way to another consumer for a moment. */
    static final long TAKE_WAIT_MS = 2_000;
    static final long NEXT_WAIT_MS = 200;

    private static final Logger LOG = Logger.getLogger(DeadLetterStore.class.getName());

    @Inject
    Bus bus;

    @Inject
    BrokerManagement management;

    @Inject
    @ConfigProperty(name = "rt.jms.dead-letter-address", defaultValue = "DLQ")
    String deadLetterAddress;

    @Inject
    @ConfigProperty(name = "rt.jms.max-delivery-attempts", defaultValue = "5")
    int maxDeliveryAttempts;

    /** The dead-letter queues there are now; none before the first message is dead-lettered. */
    public List<String> queues() {
        return management.queuesOf(deadLetterAddress);
    }

    /** Up to {@code limit} dead letters of every queue, oldest first; browsing removes nothing. */
    public List<DeadLetter> browse(int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        for (String queue : queues()) {
            letters.addAll(browse(queue, null, limit - letters.size()));
            if (letters.size() >= limit) {
                break;
            }
        }
        letters.sort(Comparator.comparing(DeadLetter::sentAt));
        return letters;
    }

    /** The dead letter with this JMS message id, in whichever queue holds it. */
    public Optional<DeadLetter> find(String id) {
        for (String queue : queues()) {
            List<DeadLetter> found = browse(queue, selector(id), 1);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /** Removes the message with this id from its queue; with replay, sends a copy to its original address. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DeadLetter> take(String queue, String id, boolean replay) {
        return take(queue, selector(id), 1, TAKE_WAIT_MS, replay).stream().findFirst();
    }

    /** Removes up to {@code limit} messages from the queue, oldest first; with replay, each copied back first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DeadLetter> takeAll(String queue, int limit, boolean replay) {
        return take(queue, null, limit, NEXT_WAIT_MS, replay);
    }

    private List<DeadLetter> browse(String queue, String selector, int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        try (JMSContext context = bus.connectionFactory().createContext();
             QueueBrowser browser = context.createBrowser(queueOf(context, queue), selector)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && letters.size() < limit) {
                letters.add(letter((Message) messages.nextElement(), queue));
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        return letters;
    }

    private List<DeadLetter> take(String queue, String selector, int limit, long waitMs, boolean replay) {
        List<DeadLetter> taken = new ArrayList<>();
        try (JMSContext context = bus.connectionFactory().createContext();
             JMSConsumer consumer = context.createConsumer(queueOf(context, queue), selector)) {
            while (taken.size() < limit) {
                Message message = consumer.receive(waitMs);
                if (message == null) {
                    break;
                }
                DeadLetter letter = letter(message, queue);
                if (replay) {
                    context.createProducer().setPriority(message.getJMSPriority())
                            .send(letter.topic() ? context.createTopic(letter.originalAddress())
                                    : context.createQueue(letter.originalAddress()), copy(context, message, letter));
                }
                LOG.info(() -> (replay ? "replaying " : "discarding ") + "dead letter " + letter.id() + " of "
                        + letter.originalAddress());
                taken.add(letter);
            }
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
        return taken;
    }

    /** A fully qualified queue: the dead-letter address holds one queue per original address. */
    private Queue queueOf(JMSContext context, String queue) {
        return context.createQueue(deadLetterAddress + "::" + queue);
    }

    /** The id is checked first, so it cannot break out of the quotes. */
    static String selector(String id) {
        return "JMSMessageID = '" + DeadLetter.checkedId(id) + "'";
    }

    DeadLetter letter(Message message, String queue) throws JMSException {
        String original = message.getStringProperty(ORIGINAL_ADDRESS);
        String address = original != null ? original
                : queue.startsWith(deadLetterAddress + ".") ? queue.substring(deadLetterAddress.length() + 1) : queue;
        Object routing = message.getObjectProperty(ORIGINAL_ROUTING_TYPE);
        boolean topic = routing instanceof Number number && number.byteValue() == MULTICAST;
        return new DeadLetter(message.getJMSMessageID(), queue, address, topic, message.getStringProperty(BUS_TYPE),
                message.getStringProperty(Bus.ID_PROPERTY), Instant.ofEpochMilli(message.getJMSTimestamp()),
                maxDeliveryAttempts, body(message), properties(message));
    }

    static String body(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText() == null ? "" : text.getText();
        }
        if (message instanceof BytesMessage bytes) {
            return "(a bytes message of " + bytes.getBodyLength() + " bytes)";
        }
        return "(a " + message.getClass().getSimpleName() + ", not shown)";
    }

    /** The application's properties; the broker's ({@code _AMQ…}) and the JMS ones ({@code JMSX…}) are not the message's. */
    static Map<String, String> properties(Message message) throws JMSException {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            String property = (String) name;
            if (application(property)) {
                properties.put(property, String.valueOf(message.getObjectProperty(property)));
            }
        }
        return properties;
    }

    private static boolean application(String property) {
        return !property.startsWith("_AMQ") && !property.startsWith("JMSX");
    }

    /** A new message with the same body and application properties (the bus id among them, so consumers deduplicate). */
    static Message copy(JMSContext context, Message message, DeadLetter letter) throws JMSException {
        Message copy;
        if (message instanceof TextMessage text) {
            copy = context.createTextMessage(text.getText());
        } else if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            BytesMessage bytesCopy = context.createBytesMessage();
            bytesCopy.writeBytes(body);
            copy = bytesCopy;
        } else {
            throw Refusal.invalid("dead letter " + letter.id() + " is neither a text nor a bytes message: it cannot be replayed");
        }
        for (Object name : Collections.list(message.getPropertyNames())) {
            String property = (String) name;
            if (application(property)) {
                copy.setObjectProperty(property, message.getObjectProperty(property));
            }
        }
        copy.setJMSType(message.getJMSType());
        copy.setJMSCorrelationID(message.getJMSCorrelationID());
        return copy;
    }
}
