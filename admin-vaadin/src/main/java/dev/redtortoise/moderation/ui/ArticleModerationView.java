package dev.redtortoise.moderation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.redtortoise.articles.boundary.Moderation;
import dev.redtortoise.articles.entity.ArticleSearch;
import dev.redtortoise.articles.entity.ArticleSearch.Origin;
import dev.redtortoise.articles.entity.ModeratedArticle;
import dev.redtortoise.articles.entity.ModeratedComment;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.base.ui.ReasonDialog;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Articles for moderators, newest first and page by page (the grid asks the boundary for the rows it shows,
 * never the collection), found by title words or slug, author, tag and source. Selecting one shows its
 * details, provenance and comments. Every role reads (articles are public content); operators and
 * administrators delete an article into the trash, or a comment, with a reason that the audit log keeps.
 */
@Route(value = "moderation", layout = MainLayout.class)
@PageTitle("Moderation | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR, Permissions.VIEWER})
public class ArticleModerationView extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Moderation moderation;
    private final TextField text = new TextField();
    private final TextField author = new TextField();
    private final TextField tag = new TextField();
    private final Select<Origin> source = new Select<>();
    private final Span total = new Span();
    private final Grid<ModeratedArticle> grid = new Grid<>();
    private final ArticleDetails details = new ArticleDetails();
    private final Scroller detailsPanel = new Scroller(details);
    /** Feed source names by id, read once per view: a handful of sources, and names rarely change. */
    private final Map<Long, String> sourceNames = new LinkedHashMap<>();

    @Inject
    public ArticleModerationView(Moderation moderation, FeedSources sources) {
        this.moderation = moderation;
        setSizeFull();
        sources.all().stream().sorted(Comparator.comparing(FeedSource::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(feed -> sourceNames.put(feed.id(), feed.name()));

        field(text, "moderation-search", "Title words or slug", "title words or slug…");
        field(author, "moderation-author", "Author", "username");
        field(tag, "moderation-tag", "Tag", "tag");
        source.setId("moderation-source");
        source.setLabel("Source");
        source.setWidth("18em");
        List<Origin> origins = new ArrayList<>(List.of(Origin.ANY, Origin.API));
        sourceNames.keySet().forEach(id -> origins.add(Origin.source(id)));
        source.setItems(origins);
        source.setItemLabelGenerator(this::originLabel);
        source.setValue(Origin.ANY);
        source.addValueChangeListener(change -> searchChanged());
        total.setId("moderation-count");
        total.getStyle().set("white-space", "nowrap");

        grid.setId("moderation-grid");
        grid.addColumn(ModeratedArticle::title).setHeader("Title").setWidth("16em").setFlexGrow(3);
        grid.addColumn(ModeratedArticle::author).setHeader("Author").setAutoWidth(true);
        grid.addColumn(article -> String.join(", ", article.tags())).setHeader("Tags").setFlexGrow(1);
        grid.addColumn(article -> TIME.format(article.createdAt())).setHeader("Created (UTC)").setAutoWidth(true);
        grid.addColumn(article -> article.imported().map(imported -> sourceName(imported.sourceId())).orElse("API"))
                .setHeader("Source").setAutoWidth(true);
        grid.addColumn(ModeratedArticle::favorites).setHeader("Favorites").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> page(query.getOffset(), query.getLimit()), query -> count())
                .setIdentifierProvider(ModeratedArticle::id);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue().id());
            }
        });

        details.onDeleteArticle(this::askDelete);
        details.onDeleteComment(this::askDeleteComment);
        detailsPanel.setVisible(false);
        detailsPanel.setHeightFull();
        detailsPanel.setWidth("45%"); // the grid keeps the rest

        HorizontalLayout filters = new HorizontalLayout(text, author, tag, source, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout content = new HorizontalLayout(grid, detailsPanel);
        content.setSizeFull();
        content.setFlexGrow(2, grid);
        add(new H2("Moderation"), filters, content);
        expand(content);
    }

    ArticleSearch search() {
        return new ArticleSearch(text.getValue(), author.getValue(), tag.getValue(), source.getValue());
    }

    private Stream<ModeratedArticle> page(int offset, int limit) {
        try {
            return moderation.page(search(), offset, limit).stream();
        } catch (Refusal refusal) {
            problem(refusal);
            return Stream.empty();
        }
    }

    private int count() {
        try {
            long count = moderation.count(search());
            boolean capped = count >= Moderation.COUNT_CAP && !search().everything();
            total.setText(capped ? count + " or more articles: narrow the search"
                    : count == 1 ? "1 article" : count + " articles");
            return (int) Math.min(Integer.MAX_VALUE, count);
        } catch (Refusal refusal) {
            total.setText("");
            problem(refusal);
            return 0;
        }
    }

    private void show(String articleId) {
        try {
            ModeratedArticle article = moderation.article(articleId);
            long comments = moderation.commentCount(articleId);
            details.show(article, comments, article.imported().map(imported -> sourceNames.get(imported.sourceId()))
                    .orElse(null), Permissions.mayOperate());
            details.comments.setItems(query -> moderation.comments(articleId, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) Math.min(Integer.MAX_VALUE, moderation.commentCount(articleId)));
            detailsPanel.setVisible(true);
        } catch (Refusal refusal) {
            problem(refusal); // deleted meanwhile
            detailsPanel.setVisible(false);
            grid.getDataProvider().refreshAll();
        }
    }

    private void askDelete(ModeratedArticle article) {
        new ReasonDialog("Delete '" + article.title() + "'", "Delete", Moderation.REASON_MAX,
                reason -> Permissions.asOperator("delete articles", () -> {
                    moderation.deleteArticle(Permissions.actor(), article.id(), reason);
                    Notification.show("'" + article.title() + "' moved to the trash.")
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    grid.asSingleSelect().clear();
                    detailsPanel.setVisible(false);
                    grid.getDataProvider().refreshAll();
                })).open();
    }

    private void askDeleteComment(ModeratedComment comment) {
        new ReasonDialog("Delete the comment by " + comment.author(), "Delete", Moderation.REASON_MAX,
                reason -> Permissions.asOperator("delete comments", () -> {
                    moderation.deleteComment(Permissions.actor(), comment.articleId(), comment.id(), reason);
                    Notification.show("Comment by " + comment.author() + " deleted.")
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    show(comment.articleId());
                })).open();
    }

    private void searchChanged() {
        grid.asSingleSelect().clear();
        detailsPanel.setVisible(false);
        grid.getDataProvider().refreshAll();
    }

    private void field(TextField field, String id, String label, String placeholder) {
        field.setId(id);
        field.setLabel(label);
        field.setPlaceholder(placeholder);
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> searchChanged());
    }

    private String originLabel(Origin origin) {
        return switch (origin.kind()) {
            case ANY -> "Any source";
            case API -> "Written through the API";
            case SOURCE -> sourceName(origin.sourceId()) + " (#" + origin.sourceId() + ")";
        };
    }

    private String sourceName(long id) {
        return sourceNames.getOrDefault(id, "source #" + id);
    }

    private static void problem(Refusal refusal) {
        Notification.show(String.join("; ", refusal.messages())).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
