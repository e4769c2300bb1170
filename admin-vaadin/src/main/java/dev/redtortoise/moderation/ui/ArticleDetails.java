package dev.redtortoise.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.redtortoise.articles.entity.ModeratedArticle;
import dev.redtortoise.articles.entity.ModeratedComment;
import dev.redtortoise.articles.entity.Provenance;

import java.util.function.Consumer;

/**
 * One article as moderators see it: who wrote it and when, its tags, favorites and comments, where an
 * imported one came from (the feed source, the item's id there, the job execution that wrote it and when
 * the source was fetched), its comments page by page, and delete buttons for a role that may act. The view
 * loads the comments and carries out the deletions; this component only shows and asks.
 */
public class ArticleDetails extends VerticalLayout {

    private final H3 title = new H3();
    final Paragraph summary = new Paragraph();
    final Paragraph facts = new Paragraph();
    final Div provenance = new Div();
    final Button delete = new Button("Delete…");
    private final H4 commentsHeading = new H4("Comments");
    final Grid<ModeratedComment> comments = new Grid<>();
    private ModeratedArticle article;
    private boolean mayAct;
    private Consumer<ModeratedArticle> deleteArticle = article -> { };
    private Consumer<ModeratedComment> deleteComment = comment -> { };

    public ArticleDetails() {
        setId("article-details");
        setWidthFull();
        title.setId("article-title");
        summary.setId("article-summary");
        facts.setId("article-facts");
        provenance.setId("article-provenance");
        delete.setId("delete-article");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> deleteArticle.accept(article));
        commentsHeading.setId("comments-heading");
        comments.setId("comments-grid");
        comments.setHeight("20em");
        comments.addColumn(ModeratedComment::author).setHeader("Author").setAutoWidth(true);
        comments.addColumn(comment -> ArticleModerationView.TIME.format(comment.createdAt())).setHeader("Written (UTC)")
                .setAutoWidth(true);
        comments.addColumn(comment -> excerpt(comment.body())).setHeader("Comment").setFlexGrow(2);
        comments.addComponentColumn(this::deleteCommentButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add(title, summary, facts, provenance, delete, commentsHeading, comments);
    }

    /** Shows the article; {@code sourceName} names its feed source (null when that source is gone). */
    void show(ModeratedArticle shown, long commentCount, String sourceName, boolean mayOperate) {
        article = shown;
        mayAct = mayOperate;
        title.setText(shown.title());
        summary.setText("by " + shown.author() + " · created " + ArticleModerationView.TIME.format(shown.createdAt())
                + " · updated " + ArticleModerationView.TIME.format(shown.updatedAt()));
        facts.setText("slug " + shown.slug() + " · tags " + (shown.tags().isEmpty() ? "(none)" : String.join(", ", shown.tags()))
                + " · " + plural(shown.favorites(), "favorite") + " · " + plural(commentCount, "comment"));
        commentsHeading.setText("Comments (" + commentCount + ")");
        provenance.removeAll();
        shown.imported().ifPresentOrElse(imported -> showProvenance(imported, sourceName),
                () -> provenance.add(new Span("Written through the API by its author.")));
        delete.setVisible(mayOperate);
    }

    private void showProvenance(Provenance imported, String sourceName) {
        Anchor source = new Anchor("feeds", (sourceName == null ? "a removed source" : sourceName)
                + " (source #" + imported.sourceId() + ")");
        source.setId("provenance-source");
        provenance.add(new Div(new Span("Imported from "), source));
        Span item = new Span("Item id in the source: " + imported.itemId());
        item.setId("provenance-item");
        provenance.add(new Div(item));
        provenance.add(new Div(imported.execution().<Component>map(execution -> {
            Anchor run = new Anchor("jobs", "job execution " + execution);
            run.setId("provenance-execution");
            return new Span(new Span("Written by "), run, new Span(imported.fetched()
                    .map(at -> ", the source fetched " + ArticleModerationView.TIME.format(at)).orElse("")));
        }).orElseGet(() -> new Span("The run that wrote it is forgotten (older than the purge job's retention)."))));
    }

    void onDeleteArticle(Consumer<ModeratedArticle> action) {
        deleteArticle = action;
    }

    void onDeleteComment(Consumer<ModeratedComment> action) {
        deleteComment = action;
    }

    ModeratedArticle article() {
        return article;
    }

    private Button deleteCommentButton(ModeratedComment comment) {
        Button button = new Button("Delete…", click -> deleteComment.accept(comment));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.setId("delete-comment-" + comment.id());
        button.setVisible(mayAct);
        return button;
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String excerpt(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
