package dev.redtortoise.accounts.control;

import dev.redtortoise.accounts.entity.Account;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
