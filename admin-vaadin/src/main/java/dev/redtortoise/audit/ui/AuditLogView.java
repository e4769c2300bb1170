package dev.redtortoise.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.audit.entity.AuditEntry;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.settings.boundary.Settings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * The audit log, newest first and page by page, searchable by actor, action or subject. Every role reads
 * it; nobody edits it. An administrator reverts a settings or feed source change through the boundary that
 * made it (so the same checks apply and the revert is audited in turn).
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit log | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR, Permissions.VIEWER})
public class AuditLogView extends VerticalLayout {

    private final AuditLog log;
    private final Settings settings;
    private final FeedSources sources;
    private final TextField search = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final AuditEntryDetails details = new AuditEntryDetails();
    private final Scroller detailsPanel = new Scroller(details);

    @Inject
    public AuditLogView(AuditLog log, Settings settings, FeedSources sources) {
        this.log = log;
        this.settings = settings;
        this.sources = sources;
        setSizeFull();
        search.setId("audit-search");
        search.setPlaceholder("Search actor, action or subject");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("audit-grid");
        grid.addColumn(AuditEntry::id).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::at).setHeader("When (UTC)").setAutoWidth(true);
        grid.addColumn(entry -> entry.actor().toString()).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditEntry::subject).setHeader("Subject").setAutoWidth(true);
        grid.addColumn(entry -> entry.reason().orElse("")).setHeader("Reason").setFlexGrow(1);
        // page by page, newest first: the log only grows
        grid.setItems(query -> log.page(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, log.count(search.getValue())));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                details.show(change.getValue(), Permissions.mayAdminister() && revertible(change.getValue()));
                detailsPanel.setVisible(true);
            }
        });
        details.addRevertListener(revert -> revert(revert.entry()));
        detailsPanel.setVisible(false);
        detailsPanel.setHeightFull();

        HorizontalLayout content = new HorizontalLayout(grid, detailsPanel);
        content.setSizeFull();
        content.setFlexGrow(2, grid);
        add(new HorizontalLayout(new H2("Audit log"), search), content);
    }

    static boolean revertible(AuditEntry entry) {
        return Settings.reverts(entry) || FeedSources.reverts(entry);
    }

    private void revert(AuditEntry entry) {
        Permissions.asAdmin("revert changes", () -> {
            try {
                if (Settings.reverts(entry)) {
                    settings.revert(Permissions.actor(), entry.id());
                } else if (FeedSources.reverts(entry)) {
                    sources.revert(Permissions.actor(), entry.id());
                } else {
                    throw Refusal.invalid("entry " + entry.id() + " cannot be reverted");
                }
                Notification.show("Entry " + entry.id() + " reverted.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                grid.asSingleSelect().clear();
                grid.getDataProvider().refreshAll();
                detailsPanel.setVisible(false);
            } catch (Refusal refusal) {
                details.showProblem(String.join("; ", refusal.messages()));
            }
        });
    }
}
