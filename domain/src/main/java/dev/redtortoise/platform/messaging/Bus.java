package dev.redtortoise.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Publishes small JSON text messages on the one bus. The connection factory is looked up when first used,
 * not injected at deployment: on Payara Server the factory points at the EAR's own connector module and
 * can only be created after the EAR is deployed.
 */
@ApplicationScoped
public class Bus {

    public static final String CONNECTION_FACTORY = "jms/redtortoise";
    static final String TYPE_PROPERTY = "rtType";
    /** Each message's own id, the same on every delivery of it: consumers skip what they have done. */
    public static final String ID_PROPERTY = "rtMessageId";

    private static final Logger LOG = Logger.getLogger(Bus.class.getName());

    private volatile ConnectionFactory connectionFactory;

    /** Sends within the caller's transaction when there is one: a rollback sends nothing. */
    public void publish(Destination destination, String type, JsonObject payload) {
        try (JMSContext context = connectionFactory().createContext()) {
            TextMessage message = context.createTextMessage(payload.toString());
            message.setStringProperty(TYPE_PROPERTY, type);
            message.setStringProperty(ID_PROPERTY, UUID.randomUUID().toString());
            context.createProducer().send(destinationOf(context, destination), message);
            LOG.fine(() -> "published " + type + " to " + destination.address);
        } catch (jakarta.jms.JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    public void publish(Destination destination, String type) {
        publish(destination, type, Json.createObjectBuilder().build());
    }

    public ConnectionFactory connectionFactory() {
        ConnectionFactory factory = connectionFactory;
        if (factory == null) {
            try {
                factory = InitialContext.doLookup(CONNECTION_FACTORY);
            } catch (NamingException e) {
                throw new IllegalStateException("JMS connection factory " + CONNECTION_FACTORY
                        + " is not configured (see payara-config/)", e);
            }
            connectionFactory = factory;
        }
        return factory;
    }

    static jakarta.jms.Destination destinationOf(JMSContext context, Destination destination) {
        return destination.kind == Destination.Kind.QUEUE
                ? context.createQueue(destination.address)
                : context.createTopic(destination.address);
    }
}
