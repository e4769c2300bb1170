package dev.redtortoise.console.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import dev.redtortoise.console.boundary.ConsoleUsers;
import jakarta.inject.Inject;

import java.util.logging.Logger;

@Route("login")
@PageTitle("Sign in | Red Tortoise")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger LOG = Logger.getLogger(LoginView.class.getName());

    private final ConsoleUsers users;
    private final ConsoleSessions sessions;
    private final LoginForm form = new LoginForm();

    @Inject
    public LoginView(ConsoleUsers users, ConsoleSessions sessions) {
        this.users = users;
        this.sessions = sessions;
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(login -> signIn(login.getUsername(), login.getPassword()));
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        add(new H1("Red Tortoise"), form);
    }

    private void signIn(String username, String password) {
        var user = users.authenticate(username, password);
        if (user.isEmpty()) {
            LOG.info(() -> "console sign-in refused for '" + username + "'");
            form.setError(true);
            form.setEnabled(true);
            return;
        }
        // a new HTTP session for the signed-in user: an id seen before sign-in is worth nothing after it
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession session = VaadinSession.getCurrent();
        sessions.begin(session.getSession(), user.get());
        LOG.info(() -> "console sign-in of '" + user.get().username() + "'");
        Object target = session.getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        getUI().ifPresent(ui -> ui.navigate(target == null ? "" : target.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.current().isPresent()) {
            event.forwardTo("");
        }
    }
}
