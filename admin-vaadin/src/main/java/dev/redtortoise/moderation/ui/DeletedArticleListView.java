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
import dev.redtortoise.articles.boundary.Articles;
import dev.redtortoise.articles.control.ArticleTrash;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/** The trash: deleted articles, most recently deleted first, each restorable with its comments and favorites. */
@Route(value = "trash", layout = MainLayout.class)
@PageTitle("Trash | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR})
public class DeletedArticleListView extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(DeletedArticleListView.class.getName());

    private final Articles articles;
    private final Grid<ArticleTrash.Deleted> grid = new Grid<>();

    @Inject
    public DeletedArticleListView(Articles articles) {
        this.articles = articles;
        setSizeFull();
        grid.setId("trash-grid");
        grid.addColumn(ArticleTrash.Deleted::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(ArticleTrash.Deleted::slug).setHeader("Slug").setAutoWidth(true);
        grid.addColumn(deleted -> TIME.format(deleted.deletedAt())).setHeader("Deleted").setAutoWidth(true);
        grid.addColumn(ArticleTrash.Deleted::comments).setHeader("Comments").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ArticleTrash.Deleted::favorites).setHeader("Favorites").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::restoreButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        // page by page from MongoDB: the trash can be large
        grid.setItems(query -> articles.deleted(query.getOffset(), query.getLimit()).stream(),
                query -> (int) articles.deletedCount());
        add(new H2("Trash"), new Paragraph("Deleted articles are kept until the purge job removes them for good."),
                grid);
    }

    private Button restoreButton(ArticleTrash.Deleted deleted) {
        Button restore = new Button("Restore", click -> restore(deleted));
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        restore.setId("restore-" + deleted.id());
        return restore;
    }

    private void restore(ArticleTrash.Deleted deleted) {
        Permissions.asOperator("restore articles", () -> {
            try {
                String slug = articles.restore(deleted.id());
                LOG.info(() -> "deleted article " + deleted.id() + " restored in the console as '" + slug + "'");
                Notification.show("Restored as '" + slug + "'.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (Refusal refusal) {
                Notification.show(String.join("; ", refusal.messages())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            grid.getDataProvider().refreshAll();
        });
    }
}
