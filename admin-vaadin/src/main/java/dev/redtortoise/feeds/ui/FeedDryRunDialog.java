package dev.redtortoise.feeds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.redtortoise.feeds.boundary.FeedPreviews;
import dev.redtortoise.feeds.entity.MappingRule;
import dev.redtortoise.feeds.entity.PreviewItem;
import dev.redtortoise.platform.errors.Refusal;

import java.util.List;

/**
 * The first items of a feed as the import would take them under the form's rules, saved or not: titles,
 * tags and the cleaned body's text, or the reason an item would be rejected. Nothing is written.
 * All as text: what a feed holds is never rendered as markup.
 */
class FeedDryRunDialog extends Dialog {

    static final int ITEMS = 10;

    final Grid<PreviewItem> items = new Grid<>();
    final Paragraph summary = new Paragraph();
    final UnorderedList problems = new UnorderedList();

    FeedDryRunDialog(FeedPreviews previews, String location, List<MappingRule> rules) {
        setId("dry-run");
        setHeaderTitle("Dry run: " + location);
        setWidth("64em");
        summary.setId("dry-run-summary");
        problems.setId("dry-run-problems");
        problems.addClassName("problems");
        items.setId("dry-run-grid");
        items.setAllRowsVisible(true);
        items.addColumn(PreviewItem::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        items.addColumn(item -> item.isRejected() ? "REJECTED" : item.title()).setHeader("Title").setFlexGrow(2);
        items.addColumn(item -> String.join(", ", item.tags())).setHeader("Tags").setFlexGrow(1);
        items.addColumn(item -> item.isRejected() ? item.reason() + " · " + item.raw() : item.body())
                .setHeader("Body (cleaned text) or reason").setFlexGrow(3);
        Button close = new Button("Close", click -> close());
        close.setId("dry-run-close");
        getFooter().add(close);
        add(summary, problems, items);
        show(previews, location, rules);
    }

    private void show(FeedPreviews previews, String location, List<MappingRule> rules) {
        try {
            FeedPreviews.Preview preview = previews.dryRun(location, rules, ITEMS);
            long rejected = preview.items().stream().filter(PreviewItem::isRejected).count();
            summary.setText(preview.itemsInFeed() + " items in the feed; the first " + preview.items().size()
                    + " as they would be imported (" + rejected + " rejected). Nothing was written.");
            items.setItems(preview.items());
            problems.setVisible(false);
        } catch (Refusal refusal) {
            summary.setText("The dry run cannot start:");
            refusal.messages().forEach(reason -> problems.add(new ListItem(reason)));
            items.setVisible(false);
        }
    }
}
