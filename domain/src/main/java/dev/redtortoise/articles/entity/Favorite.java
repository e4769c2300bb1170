package dev.redtortoise.articles.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/** An account's favorite article; the id is the pair, so favoriting twice is still one favorite. */
@Entity("favorites")
public class Favorite {

    public static final String COLLECTION = "favorites";

    @Id
    private String id;

    @Column
    private String articleId;

    @Column
    private long userId;

    @Column
    private long createdAt;

    protected Favorite() {
    }

    public Favorite(String articleId, long userId, long now) {
        this.id = idOf(articleId, userId);
        this.articleId = articleId;
        this.userId = userId;
        this.createdAt = now;
    }

    public static String idOf(String articleId, long userId) {
        return articleId + ":" + userId;
    }

    public String articleId() {
        return articleId;
    }
}
