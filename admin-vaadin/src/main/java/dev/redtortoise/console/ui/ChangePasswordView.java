package dev.redtortoise.console.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.boundary.ConsoleUsers;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Every console user changes their own password here. Their other sessions (other browsers, other
 * instances) end at their next request; this one carries on.
 */
@Route(value = "password", layout = MainLayout.class)
@PageTitle("Change password | Red Tortoise")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField changed = new PasswordField("New password (at least 12 characters)");
    final PasswordField repeated = new PasswordField("New password again");
    private final ConsoleUsers users;

    @Inject
    public ChangePasswordView(ConsoleUsers users) {
        this.users = users;
        current.setId("current-password");
        changed.setId("new-password");
        repeated.setId("repeat-password");
        List.of(current, changed, repeated).forEach(field -> field.setWidth("24em"));
        Button change = new Button("Change password", click -> change());
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Change your password"),
                new Paragraph("Your other console sessions are signed out when the password changes."),
                current, changed, repeated, change);
    }

    private void change() {
        List.of(current, changed, repeated).forEach(field -> field.setInvalid(false));
        if (!changed.getValue().equals(repeated.getValue())) {
            show(repeated, "the two new passwords differ");
            return;
        }
        String username = SignedIn.current().orElseThrow().username();
        try {
            SignedIn.renew(users.changeOwnPassword(username, current.getValue(), changed.getValue()));
            List.of(current, changed, repeated).forEach(PasswordField::clear);
            Notification.show("Password changed; your other sessions are signed out.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Refusal refusal) {
            for (String reason : refusal.messages()) {
                show(reason.startsWith("current") ? current : changed, reason);
            }
        }
    }

    private static void show(PasswordField field, String reason) {
        field.setErrorMessage(reason);
        field.setInvalid(true);
    }
}
