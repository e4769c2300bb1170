package dev.redtortoise.feeds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.jobs.boundary.Jobs;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.logging.Logger;

/**
 * The feed sources, page by page, and the form that edits one with its rules. A viewer reads them; an
 * operator creates, changes, enables or disables them and starts an import now.
 */
@Route(value = "feeds", layout = MainLayout.class)
@PageTitle("Feed sources | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR, Permissions.VIEWER})
public class FeedSourceListView extends VerticalLayout {

    static final String IMPORT_JOB = "feed-import";
    private static final Logger LOG = Logger.getLogger(FeedSourceListView.class.getName());

    private final FeedSources sources;
    private final Jobs jobs;
    private final Grid<FeedSource> grid = new Grid<>(FeedSource.class, false);
    private final FeedSourceForm form = new FeedSourceForm();
    /** The form scrolls on its own: with its rules it is often taller than the window. */
    private final Scroller formPanel = new Scroller(form);

    @Inject
    public FeedSourceListView(FeedSources sources, Jobs jobs) {
        this.sources = sources;
        this.jobs = jobs;
        setSizeFull();

        grid.setId("sources-grid");
        grid.addColumn(FeedSource::id).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FeedSource::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(FeedSource::location).setHeader("Location").setFlexGrow(2);
        grid.addColumn(source -> source.enabled() ? "enabled" : "disabled").setHeader("State").setAutoWidth(true);
        grid.addColumn(source -> source.interval().toSeconds() + " s").setHeader("Interval").setAutoWidth(true);
        grid.addColumn(source -> source.rules().size()).setHeader("Rules").setAutoWidth(true).setFlexGrow(0);
        // page by page: the grid asks for the rows it shows, never the whole table
        grid.setItems(query -> sources.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) sources.count());
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                open(FeedSourceDraft.of(change.getValue()));
            }
        });

        Button add = new Button("New source", click -> {
            grid.asSingleSelect().clear();
            FeedSourceDraft draft = new FeedSourceDraft();
            draft.setMaxRejectPercent(sources.defaultRejectPercent());
            open(draft);
        });
        add.setId("new-source");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(Permissions.mayOperate());

        formPanel.setVisible(false);
        formPanel.setHeightFull();
        form.addSaveListener(save -> save(save.draft()));
        form.addCancelListener(cancel -> close());
        form.addRunListener(run -> run(run.draft()));

        HorizontalLayout content = new HorizontalLayout(grid, formPanel);
        content.setSizeFull();
        content.setFlexGrow(2, grid);
        add(new HorizontalLayout(new H2("Feed sources"), add), content);
    }

    private void open(FeedSourceDraft draft) {
        form.edit(draft, Permissions.mayOperate());
        formPanel.setVisible(true);
    }

    private void close() {
        formPanel.setVisible(false);
        formPanel.setHeightFull();
        grid.asSingleSelect().clear();
    }

    private void save(FeedSourceDraft draft) {
        Permissions.asOperator("change feed sources", () -> {
            try {
                Actor actor = Permissions.actor();
                FeedSource saved = draft.isNew()
                        ? sources.add(actor, draft.getName(), draft.getLocation(), draft.getOwner(), draft.isEnabled(),
                                draft.interval(), draft.rejectPercent(), draft.mappingRules())
                        : sources.change(actor, draft.getId(), draft.getName(), draft.getLocation(), draft.isEnabled(),
                                draft.interval(), draft.rejectPercent(), draft.mappingRules());
                LOG.info(() -> "feed source " + saved.id() + " saved in the console");
                Notification.show("Feed source '" + saved.name() + "' saved.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                grid.getDataProvider().refreshAll();
                open(FeedSourceDraft.of(saved));
            } catch (Refusal refusal) {
                form.showProblems(refusal.messages());
            }
        });
    }

    private void run(FeedSourceDraft draft) {
        Permissions.asOperator("start imports", () -> {
            try {
                jobs.request(IMPORT_JOB, Map.of("source", String.valueOf(draft.getId())));
                Notification.show("Import of '" + draft.getName() + "' requested: the orchestration part starts it now.")
                        .setId("run-requested");
            } catch (Refusal refusal) {
                form.showProblems(refusal.messages());
            }
        });
    }
}
