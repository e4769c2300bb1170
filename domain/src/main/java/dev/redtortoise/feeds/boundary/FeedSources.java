package dev.redtortoise.feeds.boundary;

import dev.redtortoise.accounts.control.AccountStore;
import dev.redtortoise.accounts.entity.Account;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.feeds.entity.MappingRule;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Feed sources and their mapping rules: what the console and the operations endpoint list and change, and
 * what an import run reads at its start (so a rule change applies to the next run without a restart).
 * A run claims its source first: two runs for one source never overlap, across every instance, and a
 * claim whose execution is no longer running in the job repository does not block the next run.
 */
@ApplicationScoped
@Transactional
public class FeedSources {

    private static final Logger LOG = Logger.getLogger(FeedSources.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    @Inject
    AccountStore accounts;

    public List<FeedSource> all() {
        return em.createNamedQuery(FeedSource.ALL, FeedSource.class).getResultList();
    }

    /** One page of the sources, newest first (the one just created is on the first page), for a lazy grid. */
    public List<FeedSource> page(int offset, int limit) {
        return em.createNamedQuery(FeedSource.NEWEST_FIRST, FeedSource.class).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery(FeedSource.COUNT, Long.class).getSingleResult();
    }

    public FeedSource get(long id) {
        FeedSource source = em.find(FeedSource.class, id);
        if (source == null) {
            throw Refusal.notFound("feed source " + id + " not found");
        }
        return source;
    }

    public FeedSource add(String name, String location, String ownerUsername, boolean enabled, Duration interval,
                          int maxRejectPercent, List<MappingRule> rules) {
        Account owner = owner(ownerUsername);
        FeedSource source = new FeedSource(name, location, owner.id(), enabled, interval, maxRejectPercent);
        source.rules(rules);
        uniqueName(source.name(), null);
        em.persist(source);
        LOG.info(() -> "feed source " + source.id() + " '" + source.name() + "' added");
        return source;
    }

    public FeedSource change(long id, String name, String location, boolean enabled, Duration interval,
                             int maxRejectPercent) {
        FeedSource source = get(id);
        source.change(name, location, enabled, interval, maxRejectPercent);
        uniqueName(source.name(), id);
        return source;
    }

    /** Changes the settings and replaces the rules in one step: nothing is saved unless both are valid. */
    public FeedSource change(long id, String name, String location, boolean enabled, Duration interval,
                             int maxRejectPercent, List<MappingRule> rules) {
        FeedSource source = change(id, name, location, enabled, interval, maxRejectPercent);
        source.rules(rules);
        LOG.info(() -> "feed source " + id + " changed with " + rules.size() + " mapping rules");
        return source;
    }

    public FeedSource rules(long id, List<MappingRule> rules) {
        FeedSource source = get(id);
        source.rules(rules);
        LOG.info(() -> "feed source " + id + ": " + rules.size() + " mapping rules saved");
        return source;
    }

    public void remove(long id) {
        em.remove(get(id));
    }

    /** The enabled sources whose interval has passed since their last run, and which no run holds. */
    public List<FeedSource> dueAt(Instant now) {
        return all().stream().filter(source -> source.dueAt(now)).toList();
    }

    /**
     * Claims the source for this execution; false when another execution that the job repository still
     * shows running holds it.
     */
    public boolean claim(long id, long executionId) {
        int claimed = em.createNativeQuery("""
                        UPDATE feed_source SET running_execution = ?2, last_started_at = now(), version = version + 1
                        WHERE id = ?1 AND (running_execution IS NULL OR running_execution = ?2 OR NOT EXISTS (
                            SELECT 1 FROM jbatchexecutioninstancedata
                            WHERE jobexecid = running_execution AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')))
                        """)
                .setParameter(1, id).setParameter(2, executionId).executeUpdate();
        return claimed == 1;
    }

    public void release(long id, long executionId) {
        em.createNativeQuery("UPDATE feed_source SET running_execution = NULL, version = version + 1 "
                        + "WHERE id = ?1 AND running_execution = ?2")
                .setParameter(1, id).setParameter(2, executionId).executeUpdate();
    }

    /** Keeps what the feed's server said, for the next run's conditional GET. */
    public void fetched(long id, String etag, String lastModified) {
        get(id).fetched(etag, lastModified);
    }

    private Account owner(String username) {
        return accounts.byUsername(username == null ? "" : username)
                .orElseThrow(() -> Refusal.invalid("owner must be the username of an account, got '" + username + "'"));
    }

    private void uniqueName(String name, Long except) {
        boolean taken = em.createNamedQuery(FeedSource.BY_NAME, FeedSource.class).setParameter("name", name)
                .getResultStream().anyMatch(other -> !other.id().equals(except));
        if (taken) {
            throw Refusal.invalid("name has already been taken");
        }
    }
}
