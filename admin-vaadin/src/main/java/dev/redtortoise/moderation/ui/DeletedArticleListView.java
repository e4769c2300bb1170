package dev.redtortoise.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.redtortoise.articles.boundary.Moderation;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * The trash: deleted articles, most recently deleted first, with who deleted each (its author through the
 * API, or a staff member) and a staff member's reason; each restorable with its comments and favorites,
 * through the boundary the operations endpoint uses, and audited.
 */
@Route(value = "trash", layout = MainLayout.class)
@PageTitle("Trash | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR})
public class DeletedArticleListView extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(DeletedArticleListView.class.getName());

    private final Moderation moderation;
    private final Grid<Moderation.Trashed> grid = new Grid<>();

    @Inject
    public DeletedArticleListView(Moderation moderation) {
        this.moderation = moderation;
        setSizeFull();
        grid.setId("trash-grid");
        grid.addColumn(trashed -> trashed.deleted().title()).setHeader("Title").setFlexGrow(2);
        grid.addColumn(Moderation.Trashed::author).setHeader("Author").setAutoWidth(true);
        grid.addColumn(trashed -> TIME.format(trashed.deleted().deletedAt())).setHeader("Deleted").setAutoWidth(true);
        grid.addColumn(Moderation.Trashed::deletedBy).setHeader("Deleted by").setAutoWidth(true);
        grid.addColumn(trashed -> trashed.deleted().reason() == null ? "" : trashed.deleted().reason())
                .setHeader("Reason").setFlexGrow(2);
        grid.addColumn(trashed -> trashed.deleted().comments()).setHeader("Comments").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(trashed -> trashed.deleted().favorites()).setHeader("Favorites").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::restoreButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        // page by page from MongoDB: the trash can be large
        grid.setItems(query -> moderation.trash(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, moderation.trashCount()));
        add(new H2("Trash"), new Paragraph("Deleted articles are kept until the purge job removes them for good."),
                grid);
    }

    private Button restoreButton(Moderation.Trashed trashed) {
        Button restore = new Button("Restore", click -> restore(trashed));
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        restore.setId("restore-" + trashed.deleted().id());
        return restore;
    }

    private void restore(Moderation.Trashed trashed) {
        Permissions.asOperator("restore articles", () -> {
            try {
                String slug = moderation.restore(Permissions.actor(), trashed.deleted().id());
                LOG.info(() -> "deleted article " + trashed.deleted().id() + " restored in the console as '" + slug + "'");
                Notification.show("Restored as '" + slug + "'.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (Refusal refusal) {
                Notification.show(String.join("; ", refusal.messages())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            grid.getDataProvider().refreshAll();
        });
    }
}
