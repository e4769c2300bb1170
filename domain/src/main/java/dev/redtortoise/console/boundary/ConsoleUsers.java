package dev.redtortoise.console.boundary;

import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.platform.errors.Checks;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.platform.metrics.BusinessMetrics;
import dev.redtortoise.platform.security.Passwords;
import dev.redtortoise.console.entity.ConsoleUser;
import dev.redtortoise.console.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Console staff: sign-in checks, whether a signed-in session is still valid, a user's change of their own
 * password, and the first administrator.
 */
@ApplicationScoped
@Transactional
public class ConsoleUsers {

    public static final String FIRST_ADMIN = "admin";
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;

    private static final Logger LOG = Logger.getLogger(ConsoleUsers.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    BusinessMetrics metrics;

    @Inject
    @ConfigProperty(name = "rt.admin.password")
    Optional<String> firstAdminPassword;

    /**
     * The user with these credentials, if they match and the user may sign in. A sign-in while there is no
     * console user at all first creates the first administrator (see {@link #ensureConfiguredFirstAdmin}):
     * a part without the console, such as the operations endpoint, works on a new database too.
     */
    public Optional<ConsoleUser> authenticate(String username, String password) {
        Optional<ConsoleUser> user = find(username);
        if (user.isEmpty() && em.createNamedQuery(ConsoleUser.COUNT, Long.class).getSingleResult() == 0
                && ensureConfiguredFirstAdmin()) {
            user = find(username);
        }
        if (user.isEmpty()) {
            passwords.spendVerificationTime(password);
        }
        Optional<ConsoleUser> signedIn = user.filter(found -> passwords.matches(password, found.passwordHash()))
                .filter(ConsoleUser::canSignIn);
        if (signedIn.isEmpty()) {
            metrics.loginFailed(BusinessMetrics.CONSOLE);
        }
        return signedIn;
    }

    /** The console's rule for a password: 12 to 128 characters (a passphrase beats symbols). */
    static Checks passwordRule(Checks checks, String field, String password) {
        return checks.required(field, password).length(field, password, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);
    }

    /**
     * The credentials version of the enabled user with this name: a session signed in under another
     * version (the password, role or enabled state changed since) is no longer valid.
     */
    public Optional<Long> credentialsVersion(String username) {
        return find(username).filter(ConsoleUser::canSignIn).map(ConsoleUser::credentialsVersion);
    }

    /**
     * A user changes their own password, proving the current one; returns the new credentials version
     * (the user's other sessions end, the caller's own session carries on under the new version).
     */
    public long changeOwnPassword(String username, String currentPassword, String newPassword) {
        Checks checks = passwordRule(new Checks().required("current password", currentPassword), "new password",
                newPassword);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            checks.problem("new password must differ from the current one");
        }
        checks.orRefuse();
        ConsoleUser user = find(username).filter(ConsoleUser::canSignIn)
                .orElseThrow(() -> Refusal.unauthorized("console user " + username + " may not sign in"));
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw Refusal.invalid("current password is wrong");
        }
        long before = user.credentialsVersion();
        user.changePasswordHash(passwords.hash(newPassword));
        audit.record(Actor.console(user.username()), "staff.password-change", StaffAdministration.subject(user),
                StaffAdministration.credentials(before), StaffAdministration.credentials(user.credentialsVersion()), null);
        LOG.info(() -> "console user '" + user.username() + "' changed their password");
        return user.credentialsVersion();
    }

    /**
     * Creates the first administrator from {@code RT_ADMIN_PASSWORD} when there is no console user yet.
     * Without the setting, and no users, nobody can sign in: the log says so.
     */
    public boolean ensureConfiguredFirstAdmin() {
        Optional<String> password = firstAdminPassword.filter(value -> !value.isBlank());
        if (password.isEmpty()) {
            LOG.warning("RT_ADMIN_PASSWORD is not set: no first console administrator is created");
            return false;
        }
        return ensureFirstAdmin(password.get());
    }

    /**
     * Creates the first administrator when there is no console user yet. Several parts may start at
     * once: a table lock makes the check and the insert one step, so exactly one of them creates it.
     */
    public boolean ensureFirstAdmin(String password) {
        em.createNativeQuery("LOCK TABLE console_user IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        long users = em.createNamedQuery(ConsoleUser.COUNT, Long.class).getSingleResult();
        if (users > 0) {
            return false;
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a console password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        em.persist(new ConsoleUser(FIRST_ADMIN, passwords.hash(password), Set.of(Role.ADMIN)));
        LOG.info("created the first console administrator '" + FIRST_ADMIN + "'");
        return true;
    }

    private Optional<ConsoleUser> find(String username) {
        try {
            return em.createNamedQuery(ConsoleUser.BY_USERNAME, ConsoleUser.class)
                    .setParameter("username", ConsoleUser.normalized(username))
                    .getResultStream()
                    .findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
