package dev.redtortoise.accounts.control;

import dev.redtortoise.accounts.entity.Account;
import dev.redtortoise.accounts.entity.AccountRole;
import dev.redtortoise.accounts.entity.AccountSummary;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Accounts in PostgreSQL, one short transaction per call, so that a caller can write elsewhere (the
 * profile in MongoDB) only after the identity is committed. Unique e-mail and username (ignoring case)
 * are checked first for a clear message, and by the database's unique indexes against races.
 */
@ApplicationScoped
@Transactional
public class AccountStore {

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    public Account add(Account account) {
        refuseTaken(account.email(), account.username(), null);
        em.persist(account);
        flushUnique();
        return account;
    }

    /** Applies a change to an account and returns it as committed. */
    public Account change(long id, Consumer<Account> change, String newEmail, String newUsername) {
        refuseTaken(newEmail, newUsername, id);
        Account account = Optional.ofNullable(em.find(Account.class, id))
                .orElseThrow(() -> Refusal.unauthorized("account not found"));
        change.accept(account);
        flushUnique();
        return account;
    }

    public long count() {
        return em.createQuery("SELECT count(a) FROM Account a", Long.class).getSingleResult();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /**
     * The account, its row locked until the transaction ends, so that two staff changes of it never
     * interleave. The lock is taken by a plain query: with the roles joined in, PostgreSQL refuses FOR UPDATE.
     */
    public Account forUpdate(long id) {
        if (em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE").setParameter(1, id)
                .getResultList().isEmpty()) {
            throw Refusal.notFound("account " + id + " not found");
        }
        return em.find(Account.class, id);
    }

    /**
     * One page of the accounts whose username or e-mail starts with the prefix (any case; all when it is
     * blank), newest first. A prefix, not a substring, so that the text_pattern_ops indexes answer it.
     */
    public List<AccountSummary> page(String prefix, int offset, int limit) {
        List<AccountSummary> rows = matching("SELECT new " + AccountSummary.class.getName()
                + "(a.id, a.username, a.email, a.status, a.createdAt, a.banReason) FROM Account a", prefix,
                " ORDER BY a.id DESC", AccountSummary.class).setFirstResult(offset).setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return rows;
        }
        // the roles of the whole page in one query, instead of one per row
        Map<Long, Set<AccountRole>> roles = new HashMap<>();
        em.createQuery("SELECT a.id, r FROM Account a JOIN a.roles r WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", rows.stream().map(AccountSummary::id).toList()).getResultList()
                .forEach(row -> roles.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(AccountRole.class))
                        .add((AccountRole) row[1]));
        return rows.stream().map(row -> row.withRoles(roles.getOrDefault(row.id(), Set.of()))).toList();
    }

    public long count(String prefix) {
        return matching("SELECT count(a) FROM Account a", prefix, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> matching(String select, String prefix, String order, Class<T> type) {
        String given = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (given.isEmpty()) {
            return em.createQuery(select + order, type);
        }
        String pattern = given.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery(select + " WHERE lower(a.username) LIKE :pattern OR lower(a.email) LIKE :pattern" + order,
                type).setParameter("pattern", pattern);
    }

    public List<Account> profilePending(int max) {
        return em.createNamedQuery(Account.PROFILE_PENDING, Account.class).setMaxResults(max).getResultList();
    }

    public void profileSynced(long id, long version) {
        Account account = em.find(Account.class, id);
        if (account != null) {
            account.profileSynced(version);
        }
    }

    private void refuseTaken(String email, String username, Long self) {
        List<String> taken = new ArrayList<>();
        if (email != null && byEmail(email).filter(other -> !other.id().equals(self)).isPresent()) {
            taken.add("email has already been taken");
        }
        if (username != null && byUsername(username).filter(other -> !other.id().equals(self)).isPresent()) {
            taken.add("username has already been taken");
        }
        if (!taken.isEmpty()) {
            throw Refusal.invalid(taken);
        }
    }

    /** A concurrent registration that won the race shows as a unique index violation here. */
    private void flushUnique() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            String text = String.valueOf(e.getCause()) + e.getMessage();
            if (text.contains("account_email_unique")) {
                throw Refusal.invalid("email has already been taken");
            }
            if (text.contains("account_username_unique")) {
                throw Refusal.invalid("username has already been taken");
            }
            throw e;
        }
    }
}
