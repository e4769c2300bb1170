package dev.redtortoise.feeds.boundary;

import dev.redtortoise.feeds.control.FeedFetchers;
import dev.redtortoise.feeds.entity.MappingRule;
import dev.redtortoise.feeds.entity.PreviewItem;
import dev.redtortoise.feeds.entity.RuleKind;
import dev.redtortoise.platform.errors.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A dry run maps the feed's first items with the import's own code and the rules given, saved or not. */
class FeedPreviewsTest {

    FeedPreviews previews;

    @BeforeEach
    void setUp() {
        previews = new FeedPreviews();
        previews.fetcher = FeedFetchers.withDefaults();
    }

    static String feed(String name) throws URISyntaxException {
        return Path.of(FeedPreviewsTest.class.getResource("/feeds/" + name).toURI()).toString();
    }

    @Test
    void theFirstItemsShowTitleTagsUnderTheRulesAndTheCleanedBody() throws Exception {
        FeedPreviews.Preview preview = previews.dryRun(feed("rss2.xml"), List.of(
                new MappingRule(RuleKind.RENAME_TAG, "Science", "tortoise-science"),
                new MappingRule(RuleKind.DROP_TAG, "Shells", "")), 10);

        assertThat(preview.itemsInFeed()).isEqualTo(5);
        assertThat(preview.items()).hasSize(5).noneMatch(PreviewItem::isRejected);
        PreviewItem first = preview.items().get(0);
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.itemId()).isEqualTo("gazette-0001");
        assertThat(first.title()).isEqualTo("Shells are harder than they look");
        assertThat(first.tags()).containsExactly("tortoise-science");
        assertThat(first.body()).startsWith("A study of keratin plates.").doesNotContain("<", "alert", "xss");
    }

    @Test
    void onlyTheFirstItemsUpToTheLimitAreMapped() throws Exception {
        FeedPreviews.Preview preview = previews.dryRun(feed("rss2.xml"), List.of(), 2);

        assertThat(preview.itemsInFeed()).isEqualTo(5);
        assertThat(preview.items()).extracting(PreviewItem::position).containsExactly(1L, 2L);
    }

    @Test
    void itemsThatWouldBeRejectedComeWithTheirReasons() throws Exception {
        FeedPreviews.Preview preview = previews.dryRun(feed("jsonfeed.json"), List.of(), 10);

        assertThat(preview.items()).hasSize(5);
        PreviewItem badDate = preview.items().get(2);
        assertThat(badDate.isRejected()).isTrue();
        assertThat(badDate.reason()).contains("yesterday");
        assertThat(badDate.raw()).isNotEmpty();
        assertThat(preview.items().get(3).reason()).isEqualTo("missing title");
        assertThat(preview.items().get(0).isRejected()).isFalse();
    }

    @Test
    void aFieldRuleNamingAMissingFieldRejectsEveryItemWithTheReason() throws Exception {
        FeedPreviews.Preview preview = previews.dryRun(feed("rss2.xml"),
                List.of(new MappingRule(RuleKind.FIELD, "title", "no_such_field")), 10);

        assertThat(preview.items()).allSatisfy(item -> assertThat(item.reason()).isEqualTo("missing title"));
    }

    @Test
    void badRulesAndABadLocationAreRefusedWithEveryReason() {
        Refusal refusal = catchThrowableOfType(() -> previews.dryRun("relative/feed.xml",
                List.of(new MappingRule(RuleKind.DEFAULT_TAG, "", "")), 0), Refusal.class);

        assertThat(refusal.messages()).containsExactly("location must be an http(s) URL or an absolute file path",
                "limit must be from 1 to " + FeedPreviews.MAX_ITEMS);

        Refusal rules = catchThrowableOfType(() -> previews.dryRun("/tmp/feed.xml",
                List.of(new MappingRule(RuleKind.DEFAULT_TAG, "", "")), 10), Refusal.class);
        assertThat(rules.messages()).singleElement().asString().startsWith("DEFAULT_TAG needs a tag");
    }

    @Test
    void aDocumentThatIsNotAFeedIsRefusedWithTheParsersReason() throws Exception {
        Refusal refusal = catchThrowableOfType(() -> previews.dryRun(feed("not-a-feed.html"), List.of(), 10),
                Refusal.class);

        assertThat(refusal.messages()).singleElement().asString().startsWith("location: not an RSS, Atom or JSON feed");
    }

    @Test
    void aFileIsReadAgainWhateverItsModificationTime(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(Path.of(feed("rss2.xml")), dir.resolve("feed.xml"));
        Files.setLastModifiedTime(copy, FileTime.fromMillis(0));

        assertThat(previews.dryRun(copy.toString(), List.of(), 10).items()).hasSize(5);
        assertThat(previews.dryRun(copy.toString(), List.of(), 10).items()).hasSize(5);
    }
}
