package dev.redtortoise.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Makes a consumer idempotent: it records the message's id in PostgreSQL in the transaction of the work the
 * message asks for, so a redelivered message finds its id and is skipped, and a rolled-back one leaves no
 * trace and is done again. Ids are the publisher's {@value Bus#ID_PROPERTY} (stable across redeliveries and
 * independent of the broker); a message from elsewhere falls back to its JMS message id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Deliveries {

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    /** True the first time this consumer meets the message; joins the caller's transaction. */
    public boolean first(String consumer, Message message) {
        return em.createNativeQuery("INSERT INTO consumed_message (consumer, message_id) VALUES (?1, ?2) "
                        + "ON CONFLICT (consumer, message_id) DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, idOf(message))
                .executeUpdate() == 1;
    }

    /** Forgets what was consumed before the instant: a redelivery comes within minutes, not days. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int forgetBefore(Instant instant) {
        return em.createNativeQuery("DELETE FROM consumed_message WHERE consumed_at < ?1")
                .setParameter(1, instant).executeUpdate();
    }

    public static String idOf(Message message) {
        try {
            String id = message.getStringProperty(Bus.ID_PROPERTY);
            return id != null && !id.isBlank() ? id : message.getJMSMessageID();
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
