package dev.redtortoise.console.ui;

import com.vaadin.flow.server.VaadinSession;
import dev.redtortoise.console.entity.ConsoleUser;
import dev.redtortoise.console.entity.Role;

import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The console user of this Vaadin session. The console keeps its sign-in in the session itself instead
 * of a Jakarta Security authentication mechanism: inside the EAR such a mechanism is installed for every
 * web module of the application, the customer API included, where its bean cannot be found.
 */
public record SignedIn(String username, Set<String> roles) implements Principal, Serializable {

    static final String ATTRIBUTE = SignedIn.class.getName();

    static SignedIn of(ConsoleUser user) {
        return new SignedIn(user.username(), user.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    public static Optional<SignedIn> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((SignedIn) session.getAttribute(ATTRIBUTE));
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
