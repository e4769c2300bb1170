package dev.redtortoise.imports;

import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.feeds.entity.MappingRule;
import dev.redtortoise.feeds.entity.RuleKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The feed sources the test jobs read, held in memory: source 1, owned by account 7, whose rules rename the
 * category "JVM" to "java" and add the tag "bulk"; source 2, a feed file with the same owner and rules. (PostgreSQL-backed sources are covered by the system
 * tests; these tests are about the batch artifacts.)
 */
@ApplicationScoped
public class InMemorySources extends FeedSources {

    static final long OWNER = 7;

    /** Where source 2, a feed with source 1's rules, is read from (a file path), once a test sets it. */
    static final AtomicReference<String> FEED = new AtomicReference<>();

    private final FeedSource source;

    public InMemorySources() {
        source = new FeedSource("bulk test", "/bulk/test.ndjson", OWNER, false, Duration.ofHours(1), 10);
        source.rules(rules());
    }

    @Override
    public FeedSource get(long id) {
        if (id == 1) {
            return source;
        }
        if (id == 2 && FEED.get() != null) {
            FeedSource feed = new FeedSource("feed test", FEED.get(), OWNER, false, Duration.ofHours(1), 10);
            feed.rules(rules());
            return feed;
        }
        throw new IllegalArgumentException("no feed source " + id + " in this test");
    }

    private static List<MappingRule> rules() {
        return List.of(new MappingRule(RuleKind.RENAME_TAG, "JVM", "java"), new MappingRule(RuleKind.DEFAULT_TAG, "", "bulk"));
    }
}
