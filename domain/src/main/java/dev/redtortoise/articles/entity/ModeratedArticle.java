package dev.redtortoise.articles.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An article as moderators see it (without its body): who wrote it and when, its tags and favorites, and
 * for an imported article its {@link Provenance}. {@code author} is the author's username, or null until
 * it is looked up.
 */
public record ModeratedArticle(String id, String slug, String title, String description, long authorId, String author,
                               List<String> tags, Instant createdAt, Instant updatedAt, long favorites,
                               Provenance provenance) {

    public ModeratedArticle {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public ModeratedArticle withAuthor(String username) {
        return new ModeratedArticle(id, slug, title, description, authorId, username, tags, createdAt, updatedAt,
                favorites, provenance);
    }

    /** Empty for an article written through the API. */
    public Optional<Provenance> imported() {
        return Optional.ofNullable(provenance);
    }
}
