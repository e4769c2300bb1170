package dev.redtortoise.articles.entity;

import dev.redtortoise.platform.errors.Checks;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/** A comment on an article. Its id is a number, as the contract says, drawn from a counter. */
@Entity("comments")
public class Comment {

    public static final String COLLECTION = "comments";
    public static final int BODY_MAX = 10_000;

    @Id
    private long id;

    @Column
    private String articleId;

    @Column
    private long authorId;

    @Column
    private String body;

    @Column
    private long createdAt;

    @Column
    private long updatedAt;

    protected Comment() {
    }

    public Comment(long id, String articleId, long authorId, String body, long now) {
        new Checks().required("body", body).maxLength("body", body, BODY_MAX).orRefuse();
        this.id = id;
        this.articleId = articleId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean writtenBy(long accountId) {
        return authorId == accountId;
    }

    public long id() {
        return id;
    }

    public String articleId() {
        return articleId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public long createdAt() {
        return createdAt;
    }

    public long updatedAt() {
        return updatedAt;
    }
}
