package dev.redtortoise.console.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import dev.redtortoise.base.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import java.util.logging.Logger;

/**
 * What a signed-in user sees on a view their role may not open: a plain page inside the console's layout,
 * so they keep the navigation they are allowed (an anonymous visitor is sent to the login view instead).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private static final Logger LOG = Logger.getLogger(AccessDeniedView.class.getName());

    public AccessDeniedView() {
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String user = SignedIn.current().map(SignedIn::username).orElse("nobody");
        String path = event.getLocation().getPath();
        LOG.info(() -> "console view '/" + path + "' refused to '" + user + "'");
        removeAll();
        add(new H2("Access denied"),
                new Paragraph("Your role may not open /" + path + ". Ask a console administrator if you need it."));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
