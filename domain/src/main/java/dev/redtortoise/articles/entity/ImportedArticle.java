package dev.redtortoise.articles.entity;

import java.util.List;

/**
 * An item as the import pipeline hands it over, with its provenance: the source and the item's id in it
 * (its identity), the job execution that imports it and when the source was fetched. It becomes an
 * {@link Article} through {@link Article#imported}, under the same checks as one written through the API.
 */
public record ImportedArticle(long sourceId, String itemId, long authorId, String title, String description,
                              String body, List<String> tags, Long publishedAt, long executionId, long fetchedAt) {
}
