package dev.redtortoise.console.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.security.Principal;
import java.util.function.Predicate;

/**
 * Every view needs {@code @RolesAllowed}, {@code @PermitAll} or {@code @AnonymousAllowed}; others are
 * denied. The caller and its roles are the session's {@link SignedIn}.
 */
@ApplicationScoped
public class AccessControl {

    void install(@Observes ServiceInitEvent event) {
        NavigationAccessControl access = new SessionAccessControl();
        access.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(access));
    }

    static final class SessionAccessControl extends NavigationAccessControl {

        @Override
        protected Principal getPrincipal(VaadinRequest request) {
            return SignedIn.current().orElse(null);
        }

        @Override
        protected Predicate<String> getRolesChecker(VaadinRequest request) {
            return role -> SignedIn.current().map(user -> user.roles().contains(role)).orElse(false);
        }
    }
}
