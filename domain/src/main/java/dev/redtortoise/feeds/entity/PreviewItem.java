package dev.redtortoise.feeds.entity;

import java.util.List;

/**
 * One item of a dry run: what the import would store (title, tags, the cleaned body's text) or why it
 * would reject the item (the reason and an excerpt of the item as read).
 *
 * @param position where it is in the feed, from 1
 * @param body     the text of the cleaned body, shortened; empty for a reject
 * @param reason   why it would be rejected; null when it would be imported
 * @param raw      an excerpt of the rejected item; empty when it would be imported
 */
public record PreviewItem(long position, String itemId, String title, List<String> tags, String body,
                          String reason, String raw) {

    /** How much of the cleaned body's text a preview shows. */
    static final int BODY_EXCERPT = 300;

    public PreviewItem {
        tags = List.copyOf(tags);
    }

    public static PreviewItem imported(long position, MappedItem item) {
        String text = Mapping.text(item.body());
        return new PreviewItem(position, item.itemId(), item.title(), item.tags(),
                text.length() <= BODY_EXCERPT ? text : text.substring(0, BODY_EXCERPT).trim() + "…", null, "");
    }

    public static PreviewItem rejected(RejectedItem rejected) {
        return new PreviewItem(rejected.position(), null, null, List.of(), "", rejected.reason(), rejected.excerpt());
    }

    public boolean isRejected() {
        return reason != null;
    }
}
