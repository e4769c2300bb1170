package dev.redtortoise.console.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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

    private static final Logger LOG = Logger.getLogger(Permissions.class.getName());

    private Permissions() {
    }

    /** Whether the signed-in user may act on sources, jobs and moderation (to show or hide controls). */
    public static boolean mayOperate() {
        return permits(SignedIn.current(), OPERATORS);
    }

    /**
     * Runs the action when the signed-in user may operate; otherwise refuses it, says so and logs it.
     * Returns whether it ran.
     */
    public static boolean asOperator(String action, Runnable work) {
        return as(action, work, OPERATORS);
    }

    /** Whether the signed-in user is an administrator (staff users, settings). */
    public static boolean mayAdminister() {
        return permits(SignedIn.current(), Role.ADMIN);
    }

    /** Runs the action when the signed-in user is an administrator; otherwise refuses it like {@link #asOperator}. */
    public static boolean asAdmin(String action, Runnable work) {
        return as(action, work, Role.ADMIN);
    }

    private static boolean as(String action, Runnable work, Role... roles) {
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
