package dev.redtortoise.console.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A member of staff who signs in to the console. The password is only ever held as a hash. */
@Entity
@Table(name = "console_user")
@NamedQuery(name = ConsoleUser.BY_USERNAME,
        query = "SELECT u FROM ConsoleUser u WHERE u.username = :username")
@NamedQuery(name = ConsoleUser.COUNT, query = "SELECT COUNT(u) FROM ConsoleUser u")
public class ConsoleUser {

    public static final String BY_USERNAME = "ConsoleUser.byUsername";
    public static final String COUNT = "ConsoleUser.count";

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "console_user_role", joinColumns = @JoinColumn(name = "console_user_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConsoleUser() {
    }

    public ConsoleUser(String username, String passwordHash, Set<Role> roles) {
        this.username = normalized(username);
        setPasswordHash(passwordHash);
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a console user needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    /** Usernames are stored lower-case, so look-ups ignore case. */
    public static String normalized(String username) {
        String candidate = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(candidate).matches()) {
            throw new IllegalArgumentException("a username is 2 to 40 characters: letters, digits, '.', '_' or '-'");
        }
        return candidate;
    }

    public void setPasswordHash(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("a password hash is required");
        }
        this.passwordHash = passwordHash;
    }

    public boolean canSignIn() {
        return enabled;
    }

    public void disable() {
        enabled = false;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
