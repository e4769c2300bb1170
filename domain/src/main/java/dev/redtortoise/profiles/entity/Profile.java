package dev.redtortoise.profiles.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/**
 * The public face of an account, keyed by the account's id. Written only by the projection from the
 * account (see {@code Profiles.project}); {@code version} is the account's profile version it shows.
 */
@Entity("profiles")
public class Profile {

    public static final String COLLECTION = "profiles";

    @Id
    private long id;

    @Column
    private String username;

    @Column
    private String bio;

    @Column
    private String image;

    @Column
    private long version;

    protected Profile() {
    }

    public Profile(long id, String username, String bio, String image, long version) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a profile needs a username");
        }
        this.id = id;
        this.username = username;
        this.bio = bio == null ? "" : bio;
        this.image = image == null ? "" : image;
        this.version = version;
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String bio() {
        return bio == null ? "" : bio;
    }

    public String image() {
        return image == null ? "" : image;
    }

    public long version() {
        return version;
    }
}
