package dev.redtortoise.feeds.entity;

import java.util.List;

/** An item after its source's rules and cleaning: ready to be stored as an article. */
public record MappedItem(String itemId, String title, String description, String body, List<String> tags,
                         Long publishedAt) {
}
