package dev.redtortoise.console.boundary;

import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.console.entity.ConsoleUser;
import dev.redtortoise.console.entity.Role;
import dev.redtortoise.platform.errors.Checks;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.platform.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * What administrators do with console staff: list, create, change the role, disable or enable, reset the
 * password; each change audited in its own transaction. Changes that could take away the last active
 * administrator run under a table lock, so two of them at once cannot both count the other as remaining.
 */
@ApplicationScoped
@Transactional
public class StaffAdministration {

    private static final Logger LOG = Logger.getLogger(StaffAdministration.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Passwords passwords;

    public List<ConsoleUser> page(int offset, int limit) {
        return em.createNamedQuery(ConsoleUser.ALL, ConsoleUser.class).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery(ConsoleUser.COUNT, Long.class).getSingleResult();
    }

    public ConsoleUser create(Actor actor, String username, Role role, String password) {
        Checks checks = ConsoleUsers.passwordRule(new Checks(), "password", password);
        String name = null;
        try {
            name = ConsoleUser.normalized(username);
        } catch (IllegalArgumentException e) {
            checks.problem("username: " + e.getMessage());
        }
        if (role == null) {
            checks.problem("role can't be blank");
        }
        checks.orRefuse();
        lockStaff();
        if (!em.createNamedQuery(ConsoleUser.BY_USERNAME, ConsoleUser.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw Refusal.invalid("username has already been taken");
        }
        ConsoleUser user = new ConsoleUser(name, passwords.hash(password), Set.of(role));
        em.persist(user);
        audit.record(actor, "staff.create", subject(user), null, state(user), null);
        LOG.info(() -> "console user '" + user.username() + "' created by " + actor);
        return user;
    }

    public ConsoleUser changeRole(Actor actor, long id, Role role) {
        lockStaff();
        ConsoleUser user = find(id);
        String before = state(user);
        user.changeRole(role, otherActiveAdmins(user));
        audit.record(actor, "staff.role", subject(user), before, state(user), null);
        return user;
    }

    public ConsoleUser disable(Actor actor, long id) {
        lockStaff();
        ConsoleUser user = find(id);
        String before = state(user);
        user.disable(otherActiveAdmins(user));
        audit.record(actor, "staff.disable", subject(user), before, state(user), null);
        return user;
    }

    public ConsoleUser enable(Actor actor, long id) {
        ConsoleUser user = find(id);
        String before = state(user);
        user.enable();
        audit.record(actor, "staff.enable", subject(user), before, state(user), null);
        return user;
    }

    /**
     * Gives the user a temporary password and returns it, shown once to the administrator; the user's
     * sessions end at their next request. Neither the password nor its hash is audited.
     */
    public String resetPassword(Actor actor, long id) {
        ConsoleUser user = find(id);
        String password = Passwords.temporary();
        long before = user.credentialsVersion();
        user.changePasswordHash(passwords.hash(password));
        audit.record(actor, "staff.password-reset", subject(user), credentials(before),
                credentials(user.credentialsVersion()), null);
        LOG.info(() -> "password of console user '" + user.username() + "' reset by " + actor);
        return password;
    }

    static String subject(ConsoleUser user) {
        return "console-user:" + user.username();
    }

    static String credentials(long version) {
        return Json.createObjectBuilder().add("credentialsVersion", version).build().toString();
    }

    private static String state(ConsoleUser user) {
        var roles = Json.createArrayBuilder();
        user.roles().stream().map(Role::name).sorted().forEach(roles::add);
        return Json.createObjectBuilder().add("roles", roles).add("enabled", user.enabled()).build().toString();
    }

    private ConsoleUser find(long id) {
        ConsoleUser user = em.find(ConsoleUser.class, id);
        if (user == null) {
            throw Refusal.notFound("console user " + id + " not found");
        }
        return user;
    }

    private long otherActiveAdmins(ConsoleUser user) {
        return em.createNamedQuery(ConsoleUser.ACTIVE_ADMINS_BESIDES, Long.class).setParameter("id", user.id())
                .setParameter("admin", Role.ADMIN).getSingleResult();
    }

    /** Serialises changes of staff against each other (not against reads or sign-ins). */
    private void lockStaff() {
        em.createNativeQuery("LOCK TABLE console_user IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }
}
