package dev.redtortoise.console.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import dev.redtortoise.console.entity.ConsoleUser;
import dev.redtortoise.console.entity.Role;

import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The console user of this session, with the credentials version it signed in under. The console keeps its
 * sign-in in the HTTP session itself instead of a Jakarta Security authentication mechanism: inside the EAR
 * such a mechanism is installed for every web module of the application, the customer API included, where
 * its bean cannot be found. The HTTP session (not the Vaadin session) holds it, so that
 * {@link ConsoleSessionFilter} can check it before Vaadin handles a request.
 */
public record SignedIn(String username, Set<String> roles, long credentialsVersion) implements Principal, Serializable {

    static final String ATTRIBUTE = SignedIn.class.getName();

    static SignedIn of(ConsoleUser user) {
        return new SignedIn(user.username(), user.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                user.credentialsVersion());
    }

    public static Optional<SignedIn> current() {
        return Optional.ofNullable(VaadinSession.getCurrent()).map(VaadinSession::getSession)
                .map(session -> (SignedIn) session.getAttribute(ATTRIBUTE));
    }

    /** Keeps this session signed in after its own user changed the password (which ends their other sessions). */
    static void renew(long credentialsVersion) {
        current().ifPresent(user -> VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE,
                new SignedIn(user.username(), user.roles(), credentialsVersion)));
    }

    void storeIn(WrappedSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role.name())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String getName() {
        return username;
    }
}
