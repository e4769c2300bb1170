package dev.redtortoise.profiles.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/** One account following another; the id is the pair, so following twice is still one follow. */
@Entity("follows")
public class Follow {

    public static final String COLLECTION = "follows";

    @Id
    private String id;

    @Column
    private long followerId;

    @Column
    private long followeeId;

    protected Follow() {
    }

    public Follow(long followerId, long followeeId) {
        if (followerId == followeeId) {
            throw new IllegalArgumentException("an account cannot follow itself");
        }
        this.id = idOf(followerId, followeeId);
        this.followerId = followerId;
        this.followeeId = followeeId;
    }

    public static String idOf(long followerId, long followeeId) {
        return followerId + ":" + followeeId;
    }

    public long followeeId() {
        return followeeId;
    }
}
