package dev.redtortoise.accounts.entity;

import dev.redtortoise.platform.errors.Checks;
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
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A customer's identity, with the rules of its fields ({@link #checkNew}, {@link #checkChanges}). Changes
 * to the public profile (username, bio, image) raise the profile version, which the profile projection in
 * MongoDB must reach before the account counts as in sync.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE LOWER(a.email) = LOWER(:email)")
@NamedQuery(name = Account.BY_USERNAME,
        query = "SELECT a FROM Account a WHERE LOWER(a.username) = LOWER(:username)")
@NamedQuery(name = Account.PROFILE_PENDING,
        query = "SELECT a FROM Account a WHERE a.profileVersion > a.profileSyncedVersion ORDER BY a.id")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String BY_USERNAME = "Account.byUsername";
    public static final String PROFILE_PENDING = "Account.profilePending";
    public static final int BAN_REASON_MAX = 500;
    public static final int USERNAME_MAX = 40;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 128;
    public static final int BIO_MAX = 2000;
    public static final int IMAGE_MAX = 2000;
    static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}_.-]+");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern IMAGE = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = BIO_MAX)
    private String bio = "";

    @Column(nullable = false, length = IMAGE_MAX)
    private String image = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountStatus status = AccountStatus.ACTIVE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);

    @Column(name = "profile_version", nullable = false)
    private long profileVersion = 1;

    @Column(name = "profile_synced_version", nullable = false)
    private long profileSyncedVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "ban_reason", length = BAN_REASON_MAX)
    private String banReason;

    @Column(name = "banned_at")
    private Instant bannedAt;

    @Column(name = "banned_by", length = 100)
    private String bannedBy;

    protected Account() {
    }

    public Account(String email, String username, String passwordHash) {
        this.email = required(email, "email");
        this.username = required(username, "username");
        this.passwordHash = required(passwordHash, "password hash");
        this.roles = EnumSet.of(AccountRole.MEMBER);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /**
     * Refuses, naming each field, what a new account may not have; the password is checked here, before it
     * is hashed.
     */
    public static void checkNew(String username, String email, String password) {
        new Checks()
                .required("username", username).maxLength("username", username, USERNAME_MAX)
                .matches("username", username, USERNAME)
                .required("email", email).maxLength("email", email, EMAIL_MAX).matches("email", email, EMAIL)
                .required("password", password).length("password", password, PASSWORD_MIN, PASSWORD_MAX)
                .orRefuse();
    }

    /** Refuses, naming each field, changes the rules do not allow; null leaves a field as it is. */
    public static void checkChanges(String email, String username, String password, String bio, String image) {
        new Checks()
                .notBlankIfGiven("email", email).maxLength("email", email, EMAIL_MAX)
                .matches("email", blankToNull(email), EMAIL)
                .notBlankIfGiven("username", username).maxLength("username", username, USERNAME_MAX)
                .matches("username", blankToNull(username), USERNAME)
                .notBlankIfGiven("password", password).length("password", password, PASSWORD_MIN, PASSWORD_MAX)
                .maxLength("bio", bio, BIO_MAX)
                .maxLength("image", image, IMAGE_MAX).matches("image", image, IMAGE)
                .orRefuse();
    }

    private static String blankToNull(String value) {
        return value != null && value.isBlank() ? null : value;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an account needs a " + name);
        }
        return value;
    }

    public void changeEmail(String email) {
        this.email = required(email, "email");
        touched();
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = required(passwordHash, "password hash");
        touched();
    }

    /** Changes the public profile; unchanged values leave the version, so no projection write is due. */
    public void describe(String username, String bio, String image) {
        String newUsername = username == null ? this.username : required(username, "username");
        String newBio = bio == null ? this.bio : bio;
        String newImage = image == null ? this.image : image;
        if (!newUsername.equals(this.username) || !newBio.equals(this.bio) || !newImage.equals(this.image)) {
            this.username = newUsername;
            this.bio = newBio;
            this.image = newImage;
            profileVersion++;
            touched();
        }
    }

    /** The projection has reached this version; an older acknowledgement never moves it back. */
    public void profileSynced(long version) {
        if (version > profileVersion) {
            throw new IllegalArgumentException("profile version " + version + " was never written");
        }
        profileSyncedVersion = Math.max(profileSyncedVersion, version);
    }

    /** Bans the account: it cannot sign in, and its tokens stop working at their next request. */
    public void ban(String reason, String by, Instant at) {
        String given = reason(reason);
        if (status == AccountStatus.BANNED) {
            throw Refusal.invalid("account is already banned");
        }
        status = AccountStatus.BANNED;
        banReason = given;
        bannedAt = at;
        bannedBy = required(by, "banning actor");
        updatedAt = at;
    }

    /** Lifts a ban; why it is lifted is required too, for the audit log. */
    public void unban(String reason, Instant at) {
        reason(reason);
        if (status != AccountStatus.BANNED) {
            throw Refusal.invalid("account is not banned");
        }
        status = AccountStatus.ACTIVE;
        banReason = null;
        bannedAt = null;
        bannedBy = null;
        updatedAt = at;
    }

    private static String reason(String reason) {
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            throw Refusal.invalid("reason can't be blank");
        }
        if (given.length() > BAN_REASON_MAX) {
            throw Refusal.invalid("reason is too long (maximum is " + BAN_REASON_MAX + " characters)");
        }
        return given;
    }

    private void touched() {
        updatedAt = Instant.now();
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean profilePending() {
        return profileVersion > profileSyncedVersion;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String bio() {
        return bio;
    }

    public String image() {
        return image;
    }

    public Set<AccountRole> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(AccountRole.class) : EnumSet.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public AccountStatus status() {
        return status;
    }

    public String banReason() {
        return banReason;
    }

    public Instant bannedAt() {
        return bannedAt;
    }

    public String bannedBy() {
        return bannedBy;
    }

    public long profileVersion() {
        return profileVersion;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && id != null && Objects.equals(id, account.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
