package dev.redtortoise.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.dashboard.boundary.Snapshot;
import dev.redtortoise.dashboard.entity.QueueDepth;
import dev.redtortoise.heartbeat.boundary.Heartbeats;
import dev.redtortoise.heartbeat.entity.Heartbeat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;

/**
 * What an operator looks at first, kept current without a reload: the snapshot that
 * {@link DashboardRefresher} reads for all viewers is pushed here every few seconds. Every role may look;
 * only operators may ask for a heartbeat.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Dashboard | Red Tortoise")
@StyleSheet("context://styles/dashboard.css")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR, Permissions.VIEWER})
public class DashboardView extends VerticalLayout {

    static final SvgChart.Series WRITTEN = new SvgChart.Series("written", "var(--lumo-success-color)");
    static final SvgChart.Series REJECTED = new SvgChart.Series("rejected", "var(--lumo-warning-color, #e8a33d)");
    static final SvgChart.Series SERVER_ERRORS = new SvgChart.Series("5xx", "var(--lumo-error-color)");
    static final SvgChart.Series CLIENT_ERRORS = new SvgChart.Series("4xx", "var(--lumo-warning-color, #e8a33d)");

    private final DashboardRefresher refresher;
    private final Heartbeats heartbeats;
    private final Span refreshed = new Span("Reading…");
    private final HealthCards health = new HealthCards();
    private final Paragraph heartbeat = new Paragraph();
    private final CountTiles counts = new CountTiles();
    private final Grid<QueueDepth> queues = new Grid<>();
    private final Paragraph queuesUnreadable = new Paragraph();
    private final JobsPanel jobs = new JobsPanel();
    private final Svg imports = new Svg();
    private final Svg apiErrors = new Svg();
    private Registration watching;

    @Inject
    public DashboardView(DashboardRefresher refresher, Heartbeats heartbeats) {
        this.refresher = refresher;
        this.heartbeats = heartbeats;
        addClassName("dashboard");
        refreshed.setId("refreshed");
        heartbeat.setId("heartbeat");
        queues.setId("queues-grid");
        queues.setAllRowsVisible(true);
        queues.addThemeVariants(GridVariant.LUMO_COMPACT);
        queues.addColumn(QueueDepth::address).setHeader("Address").setFlexGrow(1);
        queues.addColumn(depth -> CountTiles.format(depth.waiting())).setHeader("Waiting").setAutoWidth(true).setFlexGrow(0);
        queues.addColumn(depth -> CountTiles.format(depth.consumers())).setHeader("Consumers").setAutoWidth(true).setFlexGrow(0);
        queues.addColumn(depth -> CountTiles.format(depth.deadLetters())).setHeader("Dead letters").setAutoWidth(true)
                .setFlexGrow(0);
        queuesUnreadable.addClassName("reason");
        imports.setId("chart-imports");
        apiErrors.setId("chart-api-errors");

        Button runNow = new Button("Run heartbeat now", click -> requestHeartbeat());
        runNow.setId("run-heartbeat");
        runNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runNow.setVisible(Permissions.mayOperate());

        add(new H2("Dashboard"), refreshed, new H3("Health"), health, heartbeat, runNow, new H3("Counts"), counts,
                new H3("Queues"), queues, queuesUnreadable, new H3("Jobs"), jobs, new H3("Last 24 hours"),
                new Div(chart("Articles imported per hour", imports), chart("API error responses per hour", apiErrors)));
    }

    private static Div chart(String title, Svg svg) {
        Div chart = new Div(new Span(title), svg);
        chart.addClassName("dashboard-chart");
        return chart;
    }

    private void requestHeartbeat() {
        Permissions.asOperator("request heartbeats", () -> {
            heartbeats.request();
            Notification.show("Heartbeat requested: the orchestration part runs it now.");
        });
    }

    /** Renders a snapshot; runs with this UI's session locked (on attach, or through {@code UI.access}). */
    void show(Snapshot snapshot) {
        refreshed.setText("Updated " + JobsPanel.time(snapshot.taken()) + ", read in " + snapshot.millis() + " ms");
        health.show(snapshot.health());
        heartbeat.setText(snapshot.heartbeat().ok()
                ? describe(snapshot.heartbeat().value())
                : "Heartbeat unknown: " + snapshot.heartbeat().failure());
        counts.show(snapshot);
        queues.setItems(snapshot.queues().ok() ? snapshot.queues().value() : List.of());
        queuesUnreadable.setText(snapshot.queues().ok() ? "" : "Broker unreadable: " + snapshot.queues().failure());
        jobs.show(snapshot.running(), snapshot.failures());
        imports.setSvg(snapshot.imports().ok()
                ? SvgChart.stackedBars("Articles imported per hour", snapshot.imports().value(), WRITTEN, REJECTED)
                : "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        apiErrors.setSvg(snapshot.apiErrors().ok()
                ? SvgChart.stackedBars("API error responses per hour", snapshot.apiErrors().value(), SERVER_ERRORS, CLIENT_ERRORS)
                : "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    static String describe(Heartbeat beat) {
        if (beat == null) {
            return "No heartbeat yet: is the orchestration part running?";
        }
        return "Orchestration heartbeat: last run " + JobsPanel.time(beat.lastRun()) + " by "
                + beat.lastTrigger().name().toLowerCase() + " (" + beat.beats() + " beats in all)";
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        watching = refresher.watch(attach.getUI(), this::show);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (watching != null) {
            watching.remove();
            watching = null;
        }
    }
}
