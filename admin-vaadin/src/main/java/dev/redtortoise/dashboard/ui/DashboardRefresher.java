package dev.redtortoise.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.shared.Registration;
import dev.redtortoise.dashboard.boundary.Dashboard;
import dev.redtortoise.dashboard.boundary.Snapshot;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One background refresh for every open dashboard of this console instance: every
 * {@code rt.dashboard.refresh-millis} it reads one {@link Snapshot} and pushes it to each watching UI
 * ({@code UI.access}, sent over the WebSocket by {@code @Push}). The stores are asked once per refresh,
 * however many sessions watch, and not at all while nobody does. A UI that is closing or detached is
 * dropped instead of being pushed to; one whose push connection is down (a tab closed, a laptop asleep:
 * Vaadin notices only when its heartbeats stop) is skipped, so no changes pile up for it, and gets the next
 * snapshot once it reconnects.
 */
@ApplicationScoped
public class DashboardRefresher {

    private static final Logger LOG = Logger.getLogger(DashboardRefresher.class.getName());

    @Inject
    Dashboard dashboard;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "rt.dashboard.refresh-millis", defaultValue = "3000")
    long refreshMillis;

    private final Map<UI, Consumer<Snapshot>> viewers = new ConcurrentHashMap<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot last;
    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        ticking = scheduler.scheduleWithFixedDelay(this::refresh, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ticking.cancel(false);
    }

    /**
     * Shows the snapshots to this UI's dashboard from now on (called on the UI's own thread): the last one at
     * once, and a refresh starts now when that one is not recent. Remove the registration when the view
     * detaches.
     */
    public Registration watch(UI ui, Consumer<Snapshot> view) {
        viewers.put(ui, view);
        Snapshot latest = last;
        if (latest != null) {
            view.accept(latest);
        }
        if (latest == null || !recent(latest, Instant.now(), Duration.ofMillis(refreshMillis))) {
            scheduler.execute(this::refresh);
        }
        return () -> viewers.remove(ui, view);
    }

    static boolean recent(Snapshot snapshot, Instant now, Duration refresh) {
        return !snapshot.taken().isBefore(now.minus(refresh));
    }

    void refresh() {
        if (viewers.isEmpty() || !refreshing.compareAndSet(false, true)) {
            return;
        }
        try {
            Snapshot snapshot = dashboard.snapshot();
            last = snapshot;
            LOG.fine(() -> "dashboard read in " + snapshot.millis() + " ms for " + viewers.size() + " viewers");
            viewers.forEach((ui, view) -> push(ui, view, snapshot));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "dashboard refresh failed: " + e.getMessage(), e);
        } finally {
            refreshing.set(false);
        }
    }

    private void push(UI ui, Consumer<Snapshot> view, Snapshot snapshot) {
        if (ui.isClosing() || !ui.isAttached()) {
            viewers.remove(ui, view);
            return;
        }
        PushConnection connection = ui.getInternals().getPushConnection();
        if (connection != null && !connection.isConnected()) {
            return;
        }
        try {
            ui.access(() -> view.accept(snapshot));
        } catch (UIDetachedException e) {
            viewers.remove(ui, view);
        }
    }
}
