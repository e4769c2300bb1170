package dev.redtortoise.accounts.boundary;

import dev.redtortoise.accounts.control.AccountStore;
import dev.redtortoise.accounts.entity.Account;
import dev.redtortoise.accounts.entity.AccountSummary;
import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.platform.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * What staff do with customer accounts: list and search them page by page, ban and unban with a reason,
 * and reset a password. Each change is recorded in the audit log in its own transaction. A ban needs no
 * message to the API: {@link Accounts#authenticate} reads the account on every request.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());

    @Inject
    AccountStore store;

    @Inject
    AuditLog audit;

    @Inject
    Passwords passwords;

    Clock clock = Clock.systemUTC();

    /**
     * One page of the accounts whose username or e-mail starts with the text (any case), newest first.
     * Each page is logged with its size and time: the console's grid must only ever ask for pages.
     */
    public List<AccountSummary> page(String search, int offset, int limit) {
        long started = System.nanoTime();
        List<AccountSummary> rows = store.page(search, offset, limit);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "accounts page: search '" + (search == null ? "" : search.strip()) + "' offset " + offset
                + " limit " + limit + " rows " + rows.size() + " in " + millis + " ms");
        return rows;
    }

    public long count(String search) {
        return store.count(search);
    }

    public AccountSummary ban(Actor actor, long id, String reason) {
        Account account = store.forUpdate(id);
        String before = state(account);
        Instant now = Instant.now(clock);
        account.ban(reason, actor.name(), now);
        audit.record(actor, "account.ban", subject(account), before, state(account), account.banReason());
        LOG.info(() -> "account " + id + " banned by " + actor);
        return summary(account);
    }

    public AccountSummary unban(Actor actor, long id, String reason) {
        Account account = store.forUpdate(id);
        String before = state(account);
        account.unban(reason, Instant.now(clock));
        audit.record(actor, "account.unban", subject(account), before, state(account), reason.strip());
        LOG.info(() -> "account " + id + " unbanned by " + actor);
        return summary(account);
    }

    /**
     * Gives the account a new temporary password and returns it, to be shown once to the staff member who
     * hands it over; neither it nor its hash reaches the audit log or the logs.
     */
    public String resetPassword(Actor actor, long id) {
        Account account = store.forUpdate(id);
        String password = Passwords.temporary();
        account.changePasswordHash(passwords.hash(password));
        audit.record(actor, "account.password-reset", subject(account), null,
                Json.createObjectBuilder().add("password", "temporary, issued by staff").build().toString(), null);
        LOG.info(() -> "password of account " + id + " reset by " + actor);
        return password;
    }

    private static String subject(Account account) {
        return "account:" + account.id();
    }

    private static String state(Account account) {
        JsonObjectBuilder state = Json.createObjectBuilder().add("status", account.status().name());
        if (account.banReason() == null) {
            state.addNull("banReason");
        } else {
            state.add("banReason", account.banReason()).add("bannedBy", account.bannedBy());
        }
        return state.build().toString();
    }

    private static AccountSummary summary(Account account) {
        return new AccountSummary(account.id(), account.username(), account.email(), account.status(),
                account.roles(), account.createdAt(), account.banReason());
    }
}
