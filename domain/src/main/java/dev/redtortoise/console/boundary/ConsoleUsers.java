package dev.redtortoise.console.boundary;

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

/** Console staff: sign-in checks and the first administrator. */
@ApplicationScoped
@Transactional
public class ConsoleUsers {

    public static final String FIRST_ADMIN = "admin";
    static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger LOG = Logger.getLogger(ConsoleUsers.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    @Inject
    Passwords passwords;

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
            return Optional.empty();
        }
        return user.filter(found -> passwords.matches(password, found.passwordHash()))
                .filter(ConsoleUser::canSignIn);
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
