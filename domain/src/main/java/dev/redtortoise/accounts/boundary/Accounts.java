package dev.redtortoise.accounts.boundary;

import dev.redtortoise.accounts.control.AccountStore;
import dev.redtortoise.accounts.control.LoginThrottle;
import dev.redtortoise.accounts.control.Tokens;
import dev.redtortoise.accounts.entity.Account;
import dev.redtortoise.platform.errors.Checks;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.platform.security.Passwords;
import dev.redtortoise.profiles.boundary.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Registration, sign-in, tokens and changes of customer accounts. The identity is committed in
 * PostgreSQL first; the public profile is then written to MongoDB. When that second write fails the
 * account stays usable (it can sign in, and registering again says the e-mail is taken) and its profile
 * stays pending, logged, until {@link #repairProfiles} writes it: the orchestration part calls it on a
 * timer, and every change of the account, and every look-up of it by username that finds no profile, tries again.
 */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @Inject
    AccountStore store;

    @Inject
    LoginThrottle throttle;

    @Inject
    Tokens tokens;

    @Inject
    Passwords passwords;

    @Inject
    Profiles profiles;

    /** An account with a token that proves it. */
    public record SignedIn(Account account, String token) {
    }

    /** What a customer may change; null leaves a value as it is. */
    public record Changes(String email, String username, String password, String bio, String image) {
    }

    public SignedIn register(String username, String email, String password) {
        Account.checkNew(username, email, password);
        Account account = store.add(new Account(email.trim(), username, passwords.hash(password)));
        LOG.info(() -> "account " + account.id() + " registered");
        projectProfile(account);
        return new SignedIn(account, tokens.issue(account.id()));
    }

    public SignedIn login(String email, String password) {
        new Checks().required("email", email).required("password", password).orRefuse();
        throttle.checkAllowed(email);
        Optional<Account> account = store.byEmail(email.trim());
        if (account.isEmpty()) {
            passwords.spendVerificationTime(password);
        }
        if (account.isEmpty() || !passwords.matches(password, account.get().passwordHash())) {
            throttle.failed(email);
            throw Refusal.unauthorized("email or password is invalid");
        }
        throttle.succeeded(email);
        if (!account.get().canSignIn()) {
            throw Refusal.forbidden("account is banned");
        }
        if (account.get().profilePending()) {
            projectProfile(account.get());
        }
        return new SignedIn(account.get(), tokens.issue(account.get().id()));
    }

    /** The active account a token names, read afresh, so a ban takes effect on the next request. */
    public Account authenticate(String token) {
        long id = tokens.accountOf(token);
        return store.byId(id).filter(Account::canSignIn)
                .orElseThrow(() -> Refusal.unauthorized("token is invalid or expired"));
    }

    public Account change(long id, Changes changes) {
        Account.checkChanges(changes.email(), changes.username(), changes.password(), changes.bio(), changes.image());
        String hash = changes.password() == null ? null : passwords.hash(changes.password());
        Account account = store.change(id, changed -> {
            if (changes.email() != null) {
                changed.changeEmail(changes.email().trim());
            }
            if (hash != null) {
                changed.changePasswordHash(hash);
            }
            changed.describe(changes.username(), changes.bio(), changes.image());
        }, changes.email() == null ? null : changes.email().trim(), changes.username());
        if (account.profilePending()) {
            projectProfile(account);
        }
        return account;
    }

    /**
     * Before an account writes content, its profile must be in MongoDB, since content shows its author:
     * writes a pending one now, or refuses for a moment when MongoDB still cannot take it.
     */
    public void requireProfile(Account account) {
        if (account.profilePending() && !projectProfile(account)) {
            throw Refusal.unavailable("your profile is not stored yet; try again in a moment");
        }
    }

    /**
     * Writes the profile of the account with this username now when it is still pending, so the account can be
     * looked up and followed before the repair's next turn. False when no account has this username, its profile
     * is not pending, or MongoDB still cannot take it.
     */
    public boolean writePendingProfile(String username) {
        return store.byUsername(username).filter(Account::profilePending).map(this::projectProfile).orElse(false);
    }

    /** How many customer accounts there are, banned ones included. */
    public long count() {
        return store.count();
    }

    /** Writes the profiles still pending (oldest first); returns how many were written. */
    public int repairProfiles(int max) {
        List<Account> pending = store.profilePending(max);
        int written = 0;
        for (Account account : pending) {
            if (projectProfile(account)) {
                written++;
            }
        }
        if (!pending.isEmpty()) {
            int done = written;
            LOG.info(() -> "profile repair: " + done + " of " + pending.size() + " pending profiles written");
        }
        return written;
    }

    private boolean projectProfile(Account account) {
        try {
            profiles.project(account.id(), account.username(), account.bio(), account.image(),
                    account.profileVersion());
            store.profileSynced(account.id(), account.profileVersion());
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "profile of account " + account.id() + " (version " + account.profileVersion()
                    + ") not written to MongoDB, left pending for repair: " + e.getMessage());
            return false;
        }
    }
}
