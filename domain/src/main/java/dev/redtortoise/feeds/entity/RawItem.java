package dev.redtortoise.feeds.entity;

import java.util.List;
import java.util.Map;

/**
 * One item as a source gave it, before mapping: its fields under the source's own names (RSS
 * {@code description}, Atom {@code summary}, JSON Feed {@code content_html}, a file's columns), its
 * categories, and when it was published (epoch ms, null when the source does not say).
 *
 * @param position where it was in the source (item number or line), for reject records
 * @param raw      the item as read, or an excerpt of it, for reject records
 */
public record RawItem(long position, String itemId, Map<String, String> fields, List<String> categories,
                      Long publishedAt, String raw) {

    public RawItem {
        fields = Map.copyOf(fields);
        categories = List.copyOf(categories);
    }

    public String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
