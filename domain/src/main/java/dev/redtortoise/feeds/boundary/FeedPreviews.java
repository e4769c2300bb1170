package dev.redtortoise.feeds.boundary;

import dev.redtortoise.feeds.control.FeedFetcher;
import dev.redtortoise.feeds.control.FeedParser;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.feeds.entity.Mapping;
import dev.redtortoise.feeds.entity.MappingRule;
import dev.redtortoise.feeds.entity.PreviewItem;
import dev.redtortoise.feeds.entity.RawItem;
import dev.redtortoise.feeds.entity.RejectedItem;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * A dry run of a feed source: fetches the feed now and maps its first items under the given rules (saved or
 * not) with the import job's own code (the fetcher, the parser, the {@link Mapping}), and writes nothing: no
 * article, no reject record, and the source's validators stay as they were (the fetch is unconditional).
 */
@ApplicationScoped
public class FeedPreviews {

    public static final int MAX_ITEMS = 50;

    /** What a dry run found: how many items the feed has, and the first ones as the import would take them. */
    public record Preview(int itemsInFeed, List<PreviewItem> items) {
        public Preview {
            items = List.copyOf(items);
        }
    }

    private static final Logger LOG = Logger.getLogger(FeedPreviews.class.getName());

    @Inject
    FeedFetcher fetcher;

    /** The first {@code limit} items of the feed at {@code location} under {@code rules}; refuses bad input with its reasons. */
    public Preview dryRun(String location, List<MappingRule> rules, int limit) {
        List<String> problems = new ArrayList<>();
        if (location == null || location.isBlank() || !FeedSource.validLocation(location.trim())) {
            problems.add("location must be an http(s) URL or an absolute file path");
        }
        if (limit < 1 || limit > MAX_ITEMS) {
            problems.add("limit must be from 1 to " + MAX_ITEMS);
        }
        if (rules.stream().anyMatch(rule -> rule.kind() == null)) {
            problems.add("every rule needs a kind");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        Mapping mapping = Mapping.of(rules);
        List<Object> entries;
        try {
            entries = FeedParser.parse(fetcher.fetch(location.trim(), null, null).body()).entries();
        } catch (FeedFetcher.FetchFailed | FeedParser.NotAFeed e) {
            throw Refusal.invalid("location: " + e.getMessage());
        }
        List<PreviewItem> items = entries.stream().limit(limit).map(entry -> preview(mapping, entry)).toList();
        LOG.info(() -> "dry run of " + location.trim() + ": " + entries.size() + " items, "
                + items.stream().filter(PreviewItem::isRejected).count() + " of the first " + items.size() + " rejected");
        return new Preview(entries.size(), items);
    }

    private static PreviewItem preview(Mapping mapping, Object entry) {
        if (entry instanceof RejectedItem rejected) {
            return PreviewItem.rejected(rejected);
        }
        RawItem item = (RawItem) entry;
        try {
            return PreviewItem.imported(item.position(), mapping.apply(item));
        } catch (RejectedItem rejected) {
            return PreviewItem.rejected(rejected);
        }
    }
}
