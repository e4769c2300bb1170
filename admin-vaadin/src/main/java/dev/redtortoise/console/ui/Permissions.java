package dev.redtortoise.console.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.console.entity.Role;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * What each console role may do. Views declare who may open them with {@code @RolesAllowed} and these
 * names; every action checks again on the server when it runs, since a hidden button is no protection
 * (a stale page, a session whose user lost a role).
 */
public final class Permissions {

    public static final String ADMIN = "ADMIN";
    public static final String OPERATOR = "OPERATOR";
    public static final String VIEWER = "VIEWER";

    /** Who acts on sources, jobs and moderation. */
    static final Role[] OPERATORS = {Role.ADMIN, Role.OPERATOR};
    /** Who changes settings and reverts changes. */
    static final Role[] ADMINS = {Role.ADMIN};

    private static final Logger LOG = Logger.getLogger(Permissions.class.getName());

    private Permissions() {
    }

    /** Whether the signed-in user may act on sources, jobs and moderation (to show or hide controls). */
    public static boolean mayOperate() {
        return permits(SignedIn.current(), OPERATORS);
    }

    /** Whether the signed-in user may change settings and revert changes (to show or hide controls). */
    public static boolean mayAdminister() {
        return permits(SignedIn.current(), ADMINS);
    }

    /** The signed-in user as the audit log names them. */
    public static Actor actor() {
        return Actor.console(SignedIn.current().map(SignedIn::username)
                .orElseThrow(() -> new IllegalStateException("no console user signed in")));
    }

    /**
     * Runs the action when the signed-in user may operate; otherwise refuses it, says so and logs it.
     * Returns whether it ran.
     */
    public static boolean asOperator(String action, Runnable work) {
        return as(OPERATORS, action, work);
    }

    /** Runs the action when the signed-in user is an administrator; otherwise refuses it as {@link #asOperator} does. */
    public static boolean asAdmin(String action, Runnable work) {
        return as(ADMINS, action, work);
    }

    private static boolean as(Role[] roles, String action, Runnable work) {
        Optional<SignedIn> user = SignedIn.current();
        if (!permits(user, roles)) {
            LOG.warning(() -> "console action '" + action + "' refused to '"
                    + user.map(SignedIn::username).orElse("nobody") + "' (roles " + user.map(SignedIn::roles).orElse(null) + ")");
            Notification.show("Your role may not " + action + ".").addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
        work.run();
        return true;
    }

    static boolean permits(Optional<SignedIn> user, Role... roles) {
        return user.map(signedIn -> signedIn.hasAnyRole(roles)).orElse(false);
    }
}
