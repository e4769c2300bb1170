package dev.redtortoise.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import dev.redtortoise.platform.errors.ErrorReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * An unexpected failure in the console (a view, a listener, a background call) is reported like the API's:
 * log and Sentry, with the event id shown to the user as the incident to quote, never a stack trace.
 */
@ApplicationScoped
public class ErrorReporting {

    @Inject
    ErrorReports reports;

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String incident = reports.report(error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notification.show("Something went wrong (incident " + incident + ")", 8_000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        }));
    }
}
