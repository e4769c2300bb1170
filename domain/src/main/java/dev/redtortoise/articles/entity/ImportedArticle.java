package dev.redtortoise.articles.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An article as the import pipeline hands it over, with its provenance: the source and the item's id in
 * it (which make its identity, so importing it again updates it instead of adding a copy), the job
 * execution that imported it and when the source was fetched. An item without a publication date is
 * dated by its first import.
 */
public record ImportedArticle(long sourceId, String itemId, long authorId, String title, String description,
                              String body, List<String> tags, Long publishedAt, long executionId, long fetchedAt) {

    public ImportedArticle {
        tags = Article.tags(tags);
    }

    /** The article's id: the same for the same source and item, whichever run imports it. */
    public String articleId() {
        return UUID.nameUUIDFromBytes(("import:" + sourceId + ":" + itemId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** A slug that is the same on every run: the title's words and the start of the id. */
    public String slug() {
        return Article.slugBase(title) + "-" + articleId().substring(0, 8);
    }

    /** When it was published, or else when it was first imported. */
    public long createdAt() {
        return publishedAt == null ? fetchedAt : publishedAt;
    }

    /** Changes when anything a reader sees changes, and only then (not when an undated item is read again). */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(title, description, body, String.join("\u0001", tags), String.valueOf(publishedAt),
                    Long.toString(authorId))) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return Base64.getEncoder().withoutPadding().encodeToString(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
