package dev.redtortoise.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Job requests from the bus, each started at most once across redeliveries and instances. A job cannot
 * start inside the delivery's transaction (the job repository's work breaks in it), so the request is
 * claimed in a transaction of its own first, and the execution it started is written to the claim after.
 * A claim without an execution is another consumer at work; once older than {@link #LEASE} that consumer
 * is taken to have died between claiming and starting, and the request may be claimed again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobRequestClaims {

    public static final String CONSUMER = "job-requests";
    public static final Duration LEASE = Duration.ofMinutes(2);

    /** What a consumer may do with a request: start it ({@code ours}), or nothing (started, or in hand elsewhere). */
    public record Claim(boolean ours, Long executionId) {
    }

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    public Claim claim(String requestId) {
        int inserted = em.createNativeQuery("INSERT INTO consumed_message (consumer, message_id) VALUES (?1, ?2) "
                        + "ON CONFLICT (consumer, message_id) DO NOTHING")
                .setParameter(1, CONSUMER).setParameter(2, requestId).executeUpdate();
        if (inserted == 1) {
            return new Claim(true, null);
        }
        List<?> execution = em.createNativeQuery("SELECT execution_id FROM consumed_message "
                        + "WHERE consumer = ?1 AND message_id = ?2")
                .setParameter(1, CONSUMER).setParameter(2, requestId).getResultList();
        if (!execution.isEmpty() && execution.get(0) != null) {
            return new Claim(false, ((Number) execution.get(0)).longValue());
        }
        int takenOver = em.createNativeQuery("UPDATE consumed_message SET consumed_at = now() "
                        + "WHERE consumer = ?1 AND message_id = ?2 AND execution_id IS NULL AND consumed_at < ?3")
                .setParameter(1, CONSUMER).setParameter(2, requestId)
                .setParameter(3, Instant.now().minus(LEASE)).executeUpdate();
        return new Claim(takenOver == 1, null);
    }

    public void started(String requestId, long executionId) {
        em.createNativeQuery("UPDATE consumed_message SET execution_id = ?3 WHERE consumer = ?1 AND message_id = ?2")
                .setParameter(1, CONSUMER).setParameter(2, requestId).setParameter(3, executionId).executeUpdate();
    }

    /** The start failed: a redelivery may try again at once. */
    public void release(String requestId) {
        em.createNativeQuery("DELETE FROM consumed_message WHERE consumer = ?1 AND message_id = ?2 AND execution_id IS NULL")
                .setParameter(1, CONSUMER).setParameter(2, requestId).executeUpdate();
    }
}
