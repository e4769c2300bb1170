package dev.redtortoise.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.boundary.StaffAdministration;
import dev.redtortoise.console.entity.ConsoleUser;
import dev.redtortoise.console.entity.Role;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.console.ui.SignedIn;
import dev.redtortoise.console.ui.TemporaryPasswordDialog;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Console staff (administrators only): create a user, change a user's role, disable or enable, reset the
 * password. The console never loses its last active administrator: the boundary refuses, and the reason is
 * shown beside the control that asked.
 */
@Route(value = "staff", layout = MainLayout.class)
@PageTitle("Staff users | Red Tortoise")
@RolesAllowed(Permissions.ADMIN)
public class StaffListView extends VerticalLayout {

    static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final StaffAdministration staff;
    private final Grid<ConsoleUser> grid = new Grid<>(ConsoleUser.class, false);
    private final StaffForm form = new StaffForm();
    private final Select<Role> role = new Select<>();
    private final Button applyRole = new Button("Change role", click -> selected().ifPresent(this::changeRole));
    private final Button toggle = new Button("Disable", click -> selected().ifPresent(this::toggle));
    private final Button reset = new Button("Reset password", click -> selected().ifPresent(this::reset));
    /** The selected user as last read (after a change, the grid's selection still holds the old row). */
    private ConsoleUser selected;

    @Inject
    public StaffListView(StaffAdministration staff) {
        this.staff = staff;
        setSizeFull();

        grid.setId("staff-grid");
        grid.addColumn(ConsoleUser::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")))
                .setHeader("Role").setAutoWidth(true);
        grid.addColumn(user -> user.enabled() ? "enabled" : "disabled").setHeader("State").setAutoWidth(true);
        grid.addColumn(user -> CREATED.format(user.createdAt())).setHeader("Created (UTC)").setAutoWidth(true);
        grid.setItems(query -> staff.page(query.getOffset(), query.getLimit()).stream(), query -> (int) staff.count())
                .setIdentifierProvider(ConsoleUser::id);
        grid.asSingleSelect().addValueChangeListener(change -> {
            selected = change.getValue();
            showActions();
        });

        role.setId("staff-change-role");
        role.setLabel("Role");
        role.setItems(Role.values());
        applyRole.setId("staff-apply-role");
        toggle.setId("staff-toggle");
        reset.setId("staff-reset-password");
        HorizontalLayout actions = new HorizontalLayout(role, applyRole, toggle, reset);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        showActions();

        form.addCreateListener(create -> create());

        VerticalLayout list = new VerticalLayout(actions, grid);
        list.setPadding(false);
        list.setSizeFull();
        HorizontalLayout content = new HorizontalLayout(list, form);
        content.setSizeFull();
        content.setFlexGrow(2, list);
        add(new H2("Staff users"), content);
        expand(content);
    }

    private Optional<ConsoleUser> selected() {
        return Optional.ofNullable(selected);
    }

    private void showActions() {
        Optional<ConsoleUser> user = selected();
        role.setInvalid(false);
        role.setValue(user.flatMap(found -> found.roles().stream().findFirst()).orElse(null));
        user.ifPresent(found -> toggle.setText(found.enabled() ? "Disable" : "Enable"));
        role.setEnabled(user.isPresent());
        applyRole.setEnabled(user.isPresent());
        toggle.setEnabled(user.isPresent());
        reset.setEnabled(user.isPresent());
    }

    private void create() {
        Permissions.asAdmin("create console users", () -> {
            try {
                ConsoleUser created = staff.create(actor(), form.username.getValue(), form.role.getValue(),
                        form.password.getValue());
                form.clear();
                Notification.show("Console user " + created.username() + " created.")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                grid.getDataProvider().refreshAll();
            } catch (Refusal refusal) {
                form.showProblems(refusal.messages());
            }
        });
    }

    private void changeRole(ConsoleUser user) {
        Permissions.asAdmin("change roles", () -> changed(() -> staff.changeRole(actor(), user.id(), role.getValue()),
                "now " + role.getValue()));
    }

    private void toggle(ConsoleUser user) {
        Permissions.asAdmin("disable or enable console users", () -> changed(() -> user.enabled()
                ? staff.disable(actor(), user.id()) : staff.enable(actor(), user.id()), user.enabled() ? "disabled" : "enabled"));
    }

    private void reset(ConsoleUser user) {
        Permissions.asAdmin("reset console passwords", () -> {
            try {
                TemporaryPasswordDialog.show(user.username(), staff.resetPassword(actor(), user.id()));
            } catch (Refusal refusal) {
                refused(refusal);
            }
        });
    }

    private void changed(Supplier<ConsoleUser> change, String what) {
        try {
            ConsoleUser user = change.get();
            Notification.show("Console user " + user.username() + " " + what + ".")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll(); // the changed row is a new value: read the page again
            selected = user;
            showActions();
        } catch (Refusal refusal) {
            refused(refusal);
        }
    }

    /** The reason beside the role control (where the last administrator's rule shows) and as a notification. */
    private void refused(Refusal refusal) {
        String reason = String.join("; ", refusal.messages());
        role.setErrorMessage(reason);
        role.setInvalid(true);
        Notification shown = Notification.show(reason);
        shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        shown.setId("staff-refused");
    }

    private static Actor actor() {
        return Actor.console(SignedIn.current().orElseThrow().username());
    }
}
