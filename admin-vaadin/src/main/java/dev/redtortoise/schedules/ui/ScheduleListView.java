package dev.redtortoise.schedules.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.console.ui.SignedIn;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.schedules.boundary.Schedules;
import dev.redtortoise.schedules.entity.Schedule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every schedule with its next fire time, and the form that edits one. A viewer reads them; an operator
 * changes cron, time zone, enabled and parameters (the orchestration part follows within seconds) and runs
 * a schedule's work now. There are a handful of schedules, one per recurring job or task, so the grid holds
 * them all.
 */
@Route(value = "schedules", layout = MainLayout.class)
@PageTitle("Schedules | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR, Permissions.VIEWER})
public class ScheduleListView extends VerticalLayout {

    private static final Logger LOG = Logger.getLogger(ScheduleListView.class.getName());

    private final Schedules schedules;
    private final Grid<Schedule> grid = new Grid<>(Schedule.class, false);
    private final ScheduleForm form = new ScheduleForm();
    private final Scroller formPanel = new Scroller(form);

    @Inject
    public ScheduleListView(Schedules schedules) {
        this.schedules = schedules;
        setSizeFull();

        grid.setId("schedules-grid");
        grid.addColumn(Schedule::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Schedule::task).setHeader("Runs").setAutoWidth(true);
        grid.addColumn(Schedule::cron).setHeader("Cron").setAutoWidth(true);
        grid.addColumn(schedule -> schedule.zone().getId()).setHeader("Time zone").setAutoWidth(true);
        grid.addColumn(schedule -> schedule.enabled() ? "enabled" : "disabled").setHeader("State").setAutoWidth(true);
        grid.addColumn(ScheduleListView::nextFire).setHeader("Next fire").setAutoWidth(true);
        grid.addColumn(schedule -> schedule.updatedBy() + " (" + schedule.origin().name().toLowerCase() + ")")
                .setHeader("Changed by").setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                open(ScheduleDraft.of(change.getValue()));
            }
        });
        refresh();

        form.setPreview(schedules::preview);
        formPanel.setVisible(false);
        formPanel.setHeightFull();
        form.onSave(this::save);
        form.onCancel(this::close);
        form.onRun(this::run);

        HorizontalLayout content = new HorizontalLayout(grid, formPanel);
        content.setSizeFull();
        content.setFlexGrow(2, grid);
        add(new H2("Schedules"), content);
    }

    private static String nextFire(Schedule schedule) {
        if (!schedule.enabled()) {
            return "";
        }
        return schedule.next(1, Instant.now()).stream().map(ScheduleForm.TIME::format).findFirst().orElse("never");
    }

    private void refresh() {
        grid.setItems(schedules.all());
    }

    private void open(ScheduleDraft draft) {
        form.edit(draft, Permissions.mayOperate());
        formPanel.setVisible(true);
    }

    private void close() {
        formPanel.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void save(ScheduleDraft draft) {
        Permissions.asOperator("change schedules", () -> {
            try {
                Actor actor = Actor.console(SignedIn.current().map(SignedIn::username).orElseThrow());
                Schedule saved = schedules.change(actor, draft.getName(), draft.getVersion(), draft.getCron(),
                        draft.getTimeZone(), draft.isEnabled(), Schedule.parameters(draft.getParameters()));
                LOG.info(() -> "schedule " + saved.name() + " saved in the console");
                Notification.show("Schedule '" + saved.name() + "' saved: the orchestration part follows it now.")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
                open(ScheduleDraft.of(saved));
            } catch (Refusal refusal) {
                form.showProblems(refusal.messages());
            }
        });
    }

    private void run(ScheduleDraft draft) {
        Permissions.asOperator("run schedules", () -> {
            try {
                schedules.runNow(draft.getName());
                Notification.show("'" + draft.getName() + "' requested: the orchestration part runs it now.")
                        .setId("schedule-run-requested");
            } catch (Refusal refusal) {
                form.showProblems(refusal.messages());
            }
        });
    }
}
