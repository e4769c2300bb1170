package dev.redtortoise.console.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every view needs {@code @RolesAllowed}, {@code @PermitAll} or {@code @AnonymousAllowed}; others are denied. */
@ApplicationScoped
public class AccessControl {

    void install(@Observes ServiceInitEvent event) {
        NavigationAccessControl access = new NavigationAccessControl();
        access.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(access));
    }
}
