package dev.redtortoise.console.ui;

import com.vaadin.flow.server.WrappedSession;
import dev.redtortoise.console.boundary.ConsoleUsers;
import dev.redtortoise.console.entity.ConsoleUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * How long a console session lives and when it ends early. It ends after {@code rt.console.idle-timeout}
 * (env {@code RT_CONSOLE_IDLE_TIMEOUT}, ISO-8601, default 30 minutes) without a request from the user:
 * Vaadin's heartbeats keep an open tab's HTTP session alive, so they do not count as activity here. It ends
 * at once when the user's credentials version moved on (password, role or enabled state changed, on any
 * instance), so a password change signs the user out everywhere.
 */
@ApplicationScoped
public class ConsoleSessions {

    static final String LAST_ACTIVE = ConsoleSessions.class.getName() + ".lastActive";
    private static final Logger LOG = Logger.getLogger(ConsoleSessions.class.getName());

    @Inject
    ConsoleUsers users;

    @Inject
    @ConfigProperty(name = "rt.console.idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;

    /** Signs the user in on this (fresh) session. */
    public void begin(WrappedSession session, ConsoleUser user) {
        session.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, idleTimeout.toSeconds()));
        session.setAttribute(LAST_ACTIVE, System.currentTimeMillis());
        SignedIn.of(user).storeIn(session);
    }

    /**
     * Checks a signed-in session before its request runs; invalidates it when it is over, so the request
     * meets an expired session and the console shows the login view.
     */
    public void check(HttpSession session, boolean userActivity) {
        SignedIn user = (SignedIn) session.getAttribute(SignedIn.ATTRIBUTE);
        if (user == null) {
            return;
        }
        long now = System.currentTimeMillis();
        Long lastActive = (Long) session.getAttribute(LAST_ACTIVE);
        String ended = null;
        if (lastActive != null && now - lastActive > idleTimeout.toMillis()) {
            ended = "idle for longer than " + idleTimeout;
        } else {
            Optional<Long> version = users.credentialsVersion(user.username());
            if (version.isEmpty()) {
                ended = "the user is disabled or gone";
            } else if (version.get() != user.credentialsVersion()) {
                ended = "the user's password, role or state changed";
            }
        }
        if (ended != null) {
            String why = ended;
            LOG.info(() -> "console session of '" + user.username() + "' ended: " + why);
            session.invalidate();
        } else if (userActivity) {
            session.setAttribute(LAST_ACTIVE, now);
        }
    }
}
