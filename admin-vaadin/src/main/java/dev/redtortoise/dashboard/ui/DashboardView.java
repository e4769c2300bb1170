package dev.redtortoise.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.heartbeat.boundary.Heartbeats;
import dev.redtortoise.heartbeat.entity.Heartbeat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;

/** What an operator looks at first: are the dependencies up, and is orchestration alive. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Dashboard | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR, Permissions.VIEWER})
public class DashboardView extends VerticalLayout {

    static final int REFRESH_MILLIS = 5_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Instance<HealthCheck> checks;
    private final Heartbeats heartbeats;
    private final FlexLayout health = new FlexLayout();
    private final Paragraph heartbeat = new Paragraph();
    private Registration polling;

    @Inject
    public DashboardView(@Readiness Instance<HealthCheck> checks, Heartbeats heartbeats) {
        this.checks = checks;
        this.heartbeats = heartbeats;
        health.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        health.getStyle().set("gap", "var(--lumo-space-m)");
        health.setId("health");
        heartbeat.setId("heartbeat");

        Button runNow = new Button("Run heartbeat now", click -> requestHeartbeat());
        runNow.setId("run-heartbeat");
        runNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runNow.setVisible(Permissions.mayOperate());

        add(new H2("Status"), new H3("Dependencies"), health, new H3("Orchestration heartbeat"), heartbeat, runNow);
        refresh();
    }

    private void requestHeartbeat() {
        Permissions.asOperator("request heartbeats", () -> {
            heartbeats.request();
            Notification.show("Heartbeat requested: the orchestration part runs it now.");
        });
    }

    private void refresh() {
        health.removeAll();
        checks.stream().map(HealthCheck::call)
                .sorted(Comparator.comparing(HealthCheckResponse::getName))
                .map(DashboardView::card)
                .forEach(health::add);
        heartbeat.setText(heartbeats.last()
                .map(DashboardView::describe)
                .orElse("No heartbeat yet: is the orchestration part running?"));
    }

    static String describe(Heartbeat beat) {
        return "Last run " + TIME.format(beat.lastRun()) + " by " + beat.lastTrigger().name().toLowerCase()
                + " (" + beat.beats() + " beats in all)";
    }

    private static Div card(HealthCheckResponse response) {
        Div card = new Div();
        card.addClassName("health-card");
        card.setId("health-" + response.getName());
        card.getElement().setAttribute("data-status", response.getStatus().name());
        card.add(new H3(response.getName()), new Paragraph(response.getStatus().name()));
        response.getData().flatMap(data -> Optional.ofNullable(data.get("reason")))
                .ifPresent(reason -> {
                    Paragraph why = new Paragraph(String.valueOf(reason));
                    why.addClassName("reason");
                    card.add(why);
                });
        return card;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(REFRESH_MILLIS);
        polling = attach.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
        }
        detach.getUI().setPollInterval(-1);
    }
}
