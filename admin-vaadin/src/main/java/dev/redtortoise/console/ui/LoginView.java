package dev.redtortoise.console.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import java.util.logging.Logger;

@Route("login")
@PageTitle("Sign in | Red Tortoise")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger LOG = Logger.getLogger(LoginView.class.getName());

    private final SecurityContext security;
    private final LoginForm form = new LoginForm();

    @Inject
    public LoginView(SecurityContext security) {
        this.security = security;
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(login -> signIn(login.getUsername(), login.getPassword()));
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        add(new H1("Red Tortoise"), form);
    }

    private void signIn(String username, String password) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            LOG.info(() -> "console sign-in refused for '" + username + "'");
            form.setError(true);
            form.setEnabled(true);
            return;
        }
        LOG.info(() -> "console sign-in of '" + username + "'");
        Object target = VaadinSession.getCurrent().getSession()
                .getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        // a full reload, so the new principal and its roles apply to every following request
        getUI().ifPresent(ui -> ui.getPage().setLocation(request.getContextPath() + "/" + (target == null ? "" : target)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (VaadinServletRequest.getCurrent().getUserPrincipal() != null) {
            event.forwardTo("");
        }
    }
}
