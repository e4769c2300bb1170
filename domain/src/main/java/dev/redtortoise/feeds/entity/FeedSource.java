package dev.redtortoise.feeds.entity;

import dev.redtortoise.platform.errors.Checks;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where articles come from: an http(s) feed or a file, imported under its owner's account on its own
 * interval, with its mapping rules. Remembers what the feed's server said last time (ETag,
 * Last-Modified) so an unchanged feed is not downloaded again.
 */
@Entity
@Table(name = "feed_source")
@NamedQuery(name = FeedSource.ALL, query = "SELECT s FROM FeedSource s ORDER BY s.id")
@NamedQuery(name = FeedSource.NEWEST_FIRST, query = "SELECT s FROM FeedSource s ORDER BY s.id DESC")
@NamedQuery(name = FeedSource.COUNT, query = "SELECT COUNT(s) FROM FeedSource s")
@NamedQuery(name = FeedSource.BY_NAME, query = "SELECT s FROM FeedSource s WHERE lower(s.name) = lower(:name)")
public class FeedSource {

    public static final String ALL = "FeedSource.all";
    public static final String NEWEST_FIRST = "FeedSource.newestFirst";
    public static final String BY_NAME = "FeedSource.byName";
    public static final String COUNT = "FeedSource.count";
    public static final int NAME_MAX = 80;
    public static final int LOCATION_MAX = 2000;
    public static final Duration INTERVAL_MIN = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = LOCATION_MAX)
    private String location;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "interval_seconds", nullable = false)
    private int intervalSeconds;

    @Column(name = "owner_account_id", nullable = false)
    private long ownerAccountId;

    @Column(name = "max_reject_percent", nullable = false)
    private int maxRejectPercent;

    @Column(length = 500)
    private String etag;

    @Column(name = "last_modified", length = 100)
    private String lastModified;

    @Column(name = "last_started_at")
    private Instant lastStartedAt;

    @Column(name = "running_execution")
    private Long runningExecution;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "source_id", nullable = false)
    @OrderBy("id")
    private List<MappingRule> rules = new ArrayList<>();

    protected FeedSource() {
    }

    public FeedSource(String name, String location, long ownerAccountId, boolean enabled, Duration interval,
                      int maxRejectPercent) {
        this.ownerAccountId = ownerAccountId;
        change(name, location, enabled, interval, maxRejectPercent);
    }

    /** Changes the settings, refusing (naming each field) what is not valid. */
    public void change(String newName, String newLocation, boolean nowEnabled, Duration interval, int rejectPercent) {
        Checks checks = new Checks()
                .required("name", newName).maxLength("name", newName, NAME_MAX)
                .required("location", newLocation).maxLength("location", newLocation, LOCATION_MAX);
        if (newLocation != null && !newLocation.isBlank() && !validLocation(newLocation.trim())) {
            checks.problem("location must be an http(s) URL or an absolute file path");
        }
        if (interval == null || interval.compareTo(INTERVAL_MIN) < 0) {
            checks.problem("interval must be at least " + INTERVAL_MIN.toSeconds() + " seconds");
        }
        if (rejectPercent < 0 || rejectPercent > 100) {
            checks.problem("maxRejectPercent must be from 0 to 100");
        }
        checks.orRefuse();
        if (!newLocation.trim().equals(location)) {
            etag = null;
            lastModified = null;
        }
        name = newName.trim();
        location = newLocation.trim();
        enabled = nowEnabled;
        intervalSeconds = (int) Math.min(Integer.MAX_VALUE, interval.toSeconds());
        maxRejectPercent = rejectPercent;
    }

    public static boolean validLocation(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            try {
                URI uri = new URI(location);
                return uri.getHost() != null;
            } catch (java.net.URISyntaxException e) {
                return false;
            }
        }
        try {
            return Path.of(location).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Replaces the mapping rules as a whole, refusing a set that is not a valid {@link Mapping}. */
    public void rules(List<MappingRule> newRules) {
        Mapping.of(newRules);
        rules.clear();
        rules.addAll(newRules);
    }

    public Mapping mapping() {
        return Mapping.of(rules);
    }

    /**
     * Why an import run of this source fails: its rejects are more than the source's share of the records
     * read. Empty when they are not (or when nothing was read).
     */
    public Optional<String> tooManyRejects(long records, long rejected) {
        if (records == 0 || rejected * 100 <= (long) maxRejectPercent * records) {
            return Optional.empty();
        }
        return Optional.of("too many rejects: " + rejected + " of " + records + " records ("
                + Math.round(rejected * 100.0 / records) + " %), more than the source's " + maxRejectPercent + " %");
    }

    public boolean dueAt(Instant now) {
        return enabled && runningExecution == null
                && (lastStartedAt == null || !lastStartedAt.plusSeconds(intervalSeconds).isAfter(now));
    }

    public void started(Instant at) {
        lastStartedAt = at;
    }

    public void fetched(String newEtag, String newLastModified) {
        etag = newEtag;
        lastModified = newLastModified;
    }

    public boolean remote() {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String location() {
        return location;
    }

    public boolean enabled() {
        return enabled;
    }

    public Duration interval() {
        return Duration.ofSeconds(intervalSeconds);
    }

    public long ownerAccountId() {
        return ownerAccountId;
    }

    public int maxRejectPercent() {
        return maxRejectPercent;
    }

    public String etag() {
        return etag;
    }

    public String lastModified() {
        return lastModified;
    }

    public Instant lastStartedAt() {
        return lastStartedAt;
    }

    public Long runningExecution() {
        return runningExecution;
    }

    public List<MappingRule> rules() {
        return List.copyOf(rules);
    }
}
