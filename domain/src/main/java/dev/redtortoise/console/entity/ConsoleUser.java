package dev.redtortoise.console.entity;

import dev.redtortoise.platform.errors.Refusal;
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

/**
 * A member of staff who signs in to the console. The password is only ever held as a hash. Every change of
 * password, role or enabled state raises the credentials version, which ends the user's console sessions
 * signed in under the older one. The console always keeps an active administrator: a change that would
 * leave none is refused (the caller counts the other active administrators under a lock).
 */
@Entity
@Table(name = "console_user")
@NamedQuery(name = ConsoleUser.BY_USERNAME,
        query = "SELECT u FROM ConsoleUser u WHERE u.username = :username")
@NamedQuery(name = ConsoleUser.COUNT, query = "SELECT COUNT(u) FROM ConsoleUser u")
@NamedQuery(name = ConsoleUser.ACTIVE_ADMINS_BESIDES,
        query = "SELECT COUNT(u) FROM ConsoleUser u JOIN u.roles r WHERE r = :admin AND u.enabled = true AND u.id <> :id")
@NamedQuery(name = ConsoleUser.ALL, query = "SELECT u FROM ConsoleUser u ORDER BY u.username")
public class ConsoleUser {

    public static final String BY_USERNAME = "ConsoleUser.byUsername";
    public static final String COUNT = "ConsoleUser.count";
    public static final String ACTIVE_ADMINS_BESIDES = "ConsoleUser.activeAdminsBesides";
    public static final String ALL = "ConsoleUser.all";
    public static final String LAST_ADMIN = "the last active administrator must stay an enabled administrator:"
            + " make another user an administrator first";

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

    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion = 1;

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

    private void setPasswordHash(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("a password hash is required");
        }
        this.passwordHash = passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        setPasswordHash(passwordHash);
        credentialsVersion++;
    }

    /** Gives the user this one role; an active administrator stays one unless another remains. */
    public void changeRole(Role role, long otherActiveAdmins) {
        if (role == null) {
            throw Refusal.invalid("role can't be blank");
        }
        if (role != Role.ADMIN) {
            keepAnAdministrator(otherActiveAdmins);
        }
        if (!roles.equals(EnumSet.of(role))) {
            roles.clear();
            roles.add(role);
            credentialsVersion++;
        }
    }

    public void disable(long otherActiveAdmins) {
        keepAnAdministrator(otherActiveAdmins);
        if (enabled) {
            enabled = false;
            credentialsVersion++;
        }
    }

    public void enable() {
        if (!enabled) {
            enabled = true;
            credentialsVersion++;
        }
    }

    private void keepAnAdministrator(long otherActiveAdmins) {
        if (isActiveAdmin() && otherActiveAdmins < 1) {
            throw Refusal.invalid(LAST_ADMIN);
        }
    }

    public boolean isActiveAdmin() {
        return enabled && roles.contains(Role.ADMIN);
    }

    public boolean canSignIn() {
        return enabled;
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

    public boolean enabled() {
        return enabled;
    }

    public long credentialsVersion() {
        return credentialsVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
