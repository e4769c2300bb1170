package dev.redtortoise.settings.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.settings.boundary.Settings;
import dev.redtortoise.settings.entity.SettingKey;
import dev.redtortoise.settings.entity.SettingValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * Every setting with its value in effect and its source. Every role reads them; only an administrator
 * changes or resets one, checked again on the server when the action runs.
 */
@Route(value = "settings", layout = MainLayout.class)
@PageTitle("Settings | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR, Permissions.VIEWER})
public class SettingListView extends VerticalLayout {

    private final Settings settings;
    private final Grid<SettingValue> grid = new Grid<>();
    private final SettingForm form = new SettingForm();

    @Inject
    public SettingListView(Settings settings) {
        this.settings = settings;
        setSizeFull();
        grid.setId("settings-grid");
        grid.addColumn(value -> value.setting().key).setHeader("Setting").setAutoWidth(true);
        grid.addColumn(SettingValue::text).setHeader("Value").setFlexGrow(2);
        grid.addColumn(value -> value.source().label()).setHeader("Source").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(value -> value.setting().environmentVariable()).setHeader("Environment").setAutoWidth(true);
        grid.addColumn(value -> value.setting().defaultText).setHeader("Default").setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                form.edit(change.getValue(), Permissions.mayAdminister());
                form.setVisible(true);
            }
        });
        form.setVisible(false);
        form.addSaveListener(save -> act("change settings", save.setting(),
                () -> settings.change(Permissions.actor(), save.setting().key, save.text())));
        form.addResetListener(reset -> act("reset settings", reset.setting(),
                () -> settings.reset(Permissions.actor(), reset.setting().key)));
        form.addCancelListener(cancel -> close());
        refresh();

        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setSizeFull();
        content.setFlexGrow(2, grid);
        add(new H2("Settings"), new Paragraph("A console value wins over the environment, which wins over the default."
                + " A change applies on every part within seconds, without a restart."), content);
    }

    private void act(String action, SettingKey setting, Supplier<SettingValue> change) {
        Permissions.asAdmin(action, () -> {
            try {
                SettingValue saved = change.get();
                Notification.show("Setting " + setting.key + " is now " + saved.text() + " (" + saved.source().label() + ").")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
                form.edit(saved, true);
            } catch (Refusal refusal) {
                form.showProblem(String.join("; ", refusal.messages()));
            }
        });
    }

    private void close() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void refresh() {
        // a handful of rows, read fresh from the database (not this part's copy) so the sources are current
        grid.setItems(settings.all());
    }
}
