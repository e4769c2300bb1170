package dev.redtortoise.articles.entity;

import java.time.Instant;

/** A comment as moderators see it; {@code author} is the author's username, or null until it is looked up. */
public record ModeratedComment(long id, String articleId, long authorId, String author, String body, Instant createdAt) {

    public ModeratedComment withAuthor(String username) {
        return new ModeratedComment(id, articleId, authorId, username, body, createdAt);
    }
}
