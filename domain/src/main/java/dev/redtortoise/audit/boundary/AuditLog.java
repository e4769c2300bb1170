package dev.redtortoise.audit.boundary;

import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.audit.entity.AuditEntry;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Records changes in the transaction of the change (a boundary that changes something calls {@link #record}
 * before it returns, so both commit or neither does) and finds them again, newest first, by a text that
 * may appear in the actor, the action or the subject.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
    private static final String MATCHING = " WHERE (:text = '' OR lower(e.actor) LIKE :pattern OR lower(e.action) LIKE :pattern"
            + " OR lower(e.subject) LIKE :pattern)";

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Records a change; before and after are JSON texts, null where the subject did not or no longer exists. */
    public AuditEntry record(Actor actor, String action, String subject, String before, String after, String reason) {
        return write(new AuditEntry(actor, action, subject, before, after, reason, null, Instant.now(clock)));
    }

    /**
     * Records a change that is about to be made in a store outside the transaction (MongoDB has no part in
     * it): the entry is written to the database at once, still uncommitted, so a database that refuses it
     * stops the change before it is made, and a change that then fails rolls the entry back with the
     * transaction. Only a commit failing after both leaves a change without its entry.
     */
    public AuditEntry recordFirst(Actor actor, String action, String subject, String before, String after, String reason) {
        AuditEntry entry = record(actor, action, subject, before, after, reason);
        em.flush();
        return entry;
    }

    /** Records a change that undoes an earlier entry (its after is the earlier entry's before). */
    public AuditEntry recordRevert(Actor actor, AuditEntry reverted, String before, String after) {
        return write(new AuditEntry(actor, reverted.action() + ".revert", reverted.subject(), before, after,
                "reverts entry " + reverted.id(), reverted.id(), Instant.now(clock)));
    }

    public AuditEntry get(long id) {
        AuditEntry entry = em.find(AuditEntry.class, id);
        if (entry == null) {
            throw Refusal.notFound("audit entry " + id + " not found");
        }
        return entry;
    }

    /** One page of the entries whose actor, action or subject contain the text (any case), newest first. */
    public List<AuditEntry> page(String text, int offset, int limit) {
        return matching("SELECT e FROM AuditEntry e" + MATCHING + " ORDER BY e.at DESC, e.id DESC", AuditEntry.class, text)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(String text) {
        return matching("SELECT count(e) FROM AuditEntry e" + MATCHING, Long.class, text).getSingleResult();
    }

    /** The history of one subject ("setting:cache.ttl"), newest first. */
    public List<AuditEntry> of(String subject, int limit) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.subject = :subject ORDER BY e.at DESC, e.id DESC",
                AuditEntry.class).setParameter("subject", subject).setMaxResults(limit).getResultList();
    }

    private <T> TypedQuery<T> matching(String jpql, Class<T> type, String text) {
        String given = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + given.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery(jpql, type).setParameter("text", given).setParameter("pattern", pattern);
    }

    private AuditEntry write(AuditEntry entry) {
        em.persist(entry);
        LOG.info(() -> "audit: " + entry.actor() + " " + entry.action() + " " + entry.subject());
        return entry;
    }
}
