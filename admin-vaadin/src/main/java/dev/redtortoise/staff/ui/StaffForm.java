package dev.redtortoise.staff.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.redtortoise.console.entity.Role;

import java.util.List;

/**
 * A new console user: username, role and initial password. The rules are the boundary's; its reasons come
 * back through {@link #showProblems}, each beside the field it names.
 */
class StaffForm extends VerticalLayout {

    final TextField username = new TextField("Username");
    final Select<Role> role = new Select<>();
    final PasswordField password = new PasswordField("Initial password (at least 12 characters)");
    final Button save = new Button("Create", click -> fireEvent(new CreateEvent(this)));

    StaffForm() {
        setId("staff-form");
        setWidth("24em");
        username.setId("staff-username");
        role.setId("staff-role");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setValue(Role.VIEWER);
        password.setId("staff-password");
        save.setId("staff-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        List.of(username, password).forEach(field -> field.setWidthFull());
        add(new H3("New console user"), username, role, password, save);
    }

    void clear() {
        username.clear();
        password.clear();
        role.setValue(Role.VIEWER);
        showProblems(List.of());
    }

    void showProblems(List<String> reasons) {
        username.setInvalid(false);
        password.setInvalid(false);
        role.setInvalid(false);
        for (String reason : reasons) {
            if (reason.startsWith("password")) {
                show(password, reason);
            } else if (reason.startsWith("role")) {
                show(role, reason);
            } else {
                show(username, reason);
            }
        }
    }

    private static void show(HasValidation field, String reason) {
        field.setErrorMessage(reason);
        field.setInvalid(true);
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    static final class CreateEvent extends ComponentEvent<StaffForm> {
        CreateEvent(StaffForm form) {
            super(form, false);
        }
    }
}
