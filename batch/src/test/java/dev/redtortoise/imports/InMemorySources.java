package dev.redtortoise.imports;

import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.feeds.entity.MappingRule;
import dev.redtortoise.feeds.entity.RuleKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/**
 * The feed sources the test jobs read, held in memory: source 1, owned by account 7, whose rules rename the
 * category "JVM" to "java" and add the tag "bulk". (PostgreSQL-backed sources are covered by the system
 * tests; these tests are about the batch artifacts.)
 */
@ApplicationScoped
public class InMemorySources extends FeedSources {

    static final long OWNER = 7;

    private final FeedSource source;

    public InMemorySources() {
        source = new FeedSource("bulk test", "/bulk/test.ndjson", OWNER, false, Duration.ofHours(1), 10);
        source.rules(List.of(new MappingRule(RuleKind.RENAME_TAG, "JVM", "java"),
                new MappingRule(RuleKind.DEFAULT_TAG, "", "bulk")));
    }

    @Override
    public FeedSource get(long id) {
        if (id != 1) {
            throw new IllegalArgumentException("no feed source " + id + " in this test");
        }
        return source;
    }
}
