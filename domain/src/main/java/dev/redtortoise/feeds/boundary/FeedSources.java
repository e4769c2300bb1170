package dev.redtortoise.feeds.boundary;

import dev.redtortoise.accounts.control.AccountStore;
import dev.redtortoise.accounts.entity.Account;
import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.audit.entity.AuditEntry;
import dev.redtortoise.feeds.control.SourceSnapshots;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.feeds.entity.MappingRule;
import dev.redtortoise.jobs.control.BatchRepository;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.settings.control.CurrentSettings;
import dev.redtortoise.settings.entity.SettingKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
 * Every change staff make is audited with the source's settings and rules before and after, and a change
 * of settings or rules can be reverted from its audit entry.
 */
@ApplicationScoped
@Transactional
public class FeedSources {

    public static final String ADD = "feed-source.add";
    public static final String CHANGE = "feed-source.change";
    public static final String RULES = "feed-source.rules";
    public static final String REMOVE = "feed-source.remove";
    private static final String SUBJECT_PREFIX = "feed-source:";
    private static final Logger LOG = Logger.getLogger(FeedSources.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    @Inject
    AccountStore accounts;

    @Inject
    AuditLog audit;

    @Inject
    CurrentSettings settings;

    @Inject
    BatchRepository repository;

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

    /** The reject share proposed for a new source: the setting in effect on this part. */
    public int defaultRejectPercent() {
        return settings.integer(SettingKey.DEFAULT_REJECT_PERCENT);
    }

    public FeedSource add(Actor actor, String name, String location, String ownerUsername, boolean enabled,
                          Duration interval, int maxRejectPercent, List<MappingRule> rules) {
        Account owner = owner(ownerUsername);
        FeedSource source = new FeedSource(name, location, owner.id(), enabled, interval, maxRejectPercent);
        source.rules(rules);
        uniqueName(source.name(), null);
        em.persist(source);
        audit.record(actor, ADD, subject(source.id()), null, SourceSnapshots.of(source).toString(), null);
        LOG.info(() -> "feed source " + source.id() + " '" + source.name() + "' added by " + actor);
        return source;
    }

    public FeedSource change(Actor actor, long id, String name, String location, boolean enabled, Duration interval,
                             int maxRejectPercent) {
        FeedSource source = get(id);
        String before = SourceSnapshots.of(source).toString();
        changeSettings(source, name, location, enabled, interval, maxRejectPercent);
        audit.record(actor, CHANGE, subject(id), before, SourceSnapshots.of(source).toString(), null);
        return source;
    }

    /** Changes the settings and replaces the rules in one step: nothing is saved unless both are valid. */
    public FeedSource change(Actor actor, long id, String name, String location, boolean enabled, Duration interval,
                             int maxRejectPercent, List<MappingRule> rules) {
        FeedSource source = get(id);
        String before = SourceSnapshots.of(source).toString();
        changeSettings(source, name, location, enabled, interval, maxRejectPercent);
        source.rules(rules);
        audit.record(actor, CHANGE, subject(id), before, SourceSnapshots.of(source).toString(), null);
        LOG.info(() -> "feed source " + id + " changed with " + rules.size() + " mapping rules by " + actor);
        return source;
    }

    public FeedSource rules(Actor actor, long id, List<MappingRule> rules) {
        FeedSource source = get(id);
        String before = SourceSnapshots.of(source).toString();
        source.rules(rules);
        audit.record(actor, RULES, subject(id), before, SourceSnapshots.of(source).toString(), null);
        LOG.info(() -> "feed source " + id + ": " + rules.size() + " mapping rules saved by " + actor);
        return source;
    }

    public void remove(Actor actor, long id) {
        FeedSource source = get(id);
        audit.record(actor, REMOVE, subject(id), SourceSnapshots.of(source).toString(), null, null);
        em.remove(source);
    }

    /** Whether the entry is a change of a source's settings or rules that {@link #revert} can undo. */
    public static boolean reverts(AuditEntry entry) {
        return entry.subject().startsWith(SUBJECT_PREFIX) && entry.before().isPresent() && entry.after().isPresent();
    }

    /**
     * Gives the source back its settings and rules from before the entry, unless it changed again since
     * (its state is no longer the entry's "after") or is gone.
     */
    public FeedSource revert(Actor actor, long entryId) {
        AuditEntry entry = audit.get(entryId);
        if (!reverts(entry)) {
            throw Refusal.invalid("entry " + entryId + " is not a feed source change that can be reverted");
        }
        long id = Long.parseLong(entry.subject().substring(SUBJECT_PREFIX.length()));
        FeedSource source = em.find(FeedSource.class, id);
        if (source == null) {
            throw Refusal.invalid("feed source " + id + " no longer exists");
        }
        JsonObject now = SourceSnapshots.of(source);
        if (!now.equals(SourceSnapshots.parse(entry.after().get()))) {
            throw Refusal.invalid("feed source " + id + " changed again since entry " + entryId
                    + ": revert the later change first");
        }
        SourceSnapshots.restore(source, SourceSnapshots.parse(entry.before().get()));
        uniqueName(source.name(), id);
        audit.recordRevert(actor, entry, now.toString(), SourceSnapshots.of(source).toString());
        LOG.info(() -> "feed source " + id + " reverted to its state before audit entry " + entryId + " by " + actor);
        return source;
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
        List<?> holder = em.createNativeQuery("SELECT coalesce(running_execution, ?2) FROM feed_source WHERE id = ?1")
                .setParameter(1, id).setParameter(2, executionId).getResultList();
        if (holder.isEmpty()) {
            return false;
        }
        long held = ((Number) holder.get(0)).longValue();
        if (held != executionId && repository.active(held)) {
            return false;
        }
        // only if no other run has claimed it since it was read
        int claimed = em.createNativeQuery("""
                        UPDATE feed_source SET running_execution = ?2, last_started_at = now(), version = version + 1
                        WHERE id = ?1 AND coalesce(running_execution, ?2) = ?3""")
                .setParameter(1, id).setParameter(2, executionId).setParameter(3, held).executeUpdate();
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

    private void changeSettings(FeedSource source, String name, String location, boolean enabled, Duration interval,
                                int maxRejectPercent) {
        source.change(name, location, enabled, interval, maxRejectPercent);
        uniqueName(source.name(), source.id());
    }

    private static String subject(long id) {
        return SUBJECT_PREFIX + id;
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
