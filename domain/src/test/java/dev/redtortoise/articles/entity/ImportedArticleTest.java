package dev.redtortoise.articles.entity;

import dev.redtortoise.platform.errors.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** An imported article is an {@link Article}: the API's checks, and an identity and hash of its own. */
class ImportedArticleTest {

    /** One imported article, changed one part at a time. */
    static final class Draft {
        long sourceId = 3;
        String itemId = "gazette-0001";
        long authorId = 42;
        String title = "Shells are harder than they look";
        String description = "A study of keratin plates.";
        String body = "<p>A study.</p>";
        List<String> tags = List.of("science", "shells");
        Long publishedAt = 1_790_000_000_000L;
        long executionId = 17;
        long fetchedAt = 1_790_000_100_000L;

        Draft source(long id) { sourceId = id; return this; }
        Draft item(String id) { itemId = id; return this; }
        Draft author(long id) { authorId = id; return this; }
        Draft title(String text) { title = text; return this; }
        Draft description(String text) { description = text; return this; }
        Draft body(String html) { body = html; return this; }
        Draft tags(String... names) { tags = List.of(names); return this; }
        Draft tags(List<String> names) { tags = names; return this; }
        Draft published(Long at) { publishedAt = at; return this; }
        Draft run(long execution, long fetched) { executionId = execution; fetchedAt = fetched; return this; }

        Article imported() {
            return Article.imported(new ImportedArticle(sourceId, itemId, authorId, title, description, body, tags,
                    publishedAt, executionId, fetchedAt));
        }
    }

    static Draft draft() {
        return new Draft();
    }

    static final Article ARTICLE = draft().imported();

    @Test
    void theSameSourceAndItemGiveTheSameIdAndSlugOnEveryRun() {
        Article nextRun = draft().run(99, 1_800_000_000_000L).imported();
        Article edited = draft().body("<p>Edited.</p>").imported();

        assertThat(nextRun.id()).isEqualTo(ARTICLE.id());
        assertThat(nextRun.slug()).isEqualTo(ARTICLE.slug());
        assertThat(edited.id()).isEqualTo(ARTICLE.id());
        assertThat(edited.slug()).isEqualTo(ARTICLE.slug());
        assertThat(UUID.fromString(ARTICLE.id())).isNotNull();
        assertThat(ARTICLE.slug()).isEqualTo("shells-are-harder-than-they-look-" + ARTICLE.id().substring(0, 8));
    }

    @Test
    void anotherSourceOrAnotherItemIsAnotherArticle() {
        Article otherSource = draft().source(4).imported();
        Article otherItem = draft().item("gazette-0002").imported();
        // "import:1" + ":" + "2:x" must not meet "import:12" + ":" + "x"
        Article one = draft().source(1).item("2:x").imported();
        Article twelve = draft().source(12).item("x").imported();

        assertThat(List.of(otherSource.id(), otherItem.id())).doesNotContain(ARTICLE.id())
                .doesNotHaveDuplicates();
        assertThat(otherSource.slug()).isNotEqualTo(ARTICLE.slug());
        assertThat(one.id()).isNotEqualTo(twelve.id());
    }

    @Test
    void aTitleWithoutLettersOrDigitsStillGivesASlug() {
        assertThat(draft().title("!!! ???").imported().slug()).startsWith("article-");
    }

    @Test
    void theContentHashChangesWithWhatAReaderSees() {
        assertThat(List.of(
                draft().title("Another title").imported(),
                draft().description("Another description").imported(),
                draft().body("<p>Another body.</p>").imported(),
                draft().tags("science").imported(),
                draft().published(1_790_000_000_001L).imported(),
                draft().author(43).imported()))
                .extracting(Article::contentHash)
                .doesNotContain(ARTICLE.contentHash())
                .doesNotHaveDuplicates();
    }

    @Test
    void theContentHashStaysWhenOnlyProvenanceOrTagOrderChanges() {
        Article nextRun = draft().run(99, 1_800_000_000_000L).imported();
        Article tagsShuffled = draft().tags(" shells", "science", "shells").imported();
        Article otherItem = draft().item("gazette-0002").imported();

        assertThat(nextRun.contentHash()).isEqualTo(ARTICLE.contentHash());
        assertThat(tagsShuffled.contentHash()).isEqualTo(ARTICLE.contentHash());
        assertThat(otherItem.contentHash()).as("the hash is about content, not identity")
                .isEqualTo(ARTICLE.contentHash());
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        Article before = draft().title("ab").description("c").imported();
        Article after = draft().title("a").description("bc").imported();

        assertThat(before.contentHash()).isNotEqualTo(after.contentHash());
    }

    static Stream<Arguments> refusedByTheApi() {
        String text = "Text";
        List<String> tags = List.of("science");
        return Stream.of(
                arguments(null, text, text, tags),
                arguments(" ", text, text, tags),
                arguments("t".repeat(Article.TITLE_MAX + 1), text, text, tags),
                arguments(text, "", text, tags),
                arguments(text, "d".repeat(Article.DESCRIPTION_MAX + 1), text, tags),
                arguments(text, text, null, tags),
                arguments(text, text, "b".repeat(Article.BODY_MAX + 1), tags),
                arguments(text, text, text, IntStream.rangeClosed(0, Article.TAGS_MAX).mapToObj(i -> "tag" + i).toList()),
                arguments(text, text, text, List.of("t".repeat(Article.TAG_MAX + 1))),
                arguments("", null, "b".repeat(Article.BODY_MAX + 1), List.of("t".repeat(Article.TAG_MAX + 1))));
    }

    @ParameterizedTest
    @MethodSource("refusedByTheApi")
    void theImportRefusesWhatTheApiRefusesWithTheSameMessages(String title, String description, String body,
                                                              List<String> tags) {
        Refusal byApi = catchThrowableOfType(() -> new Article(42, title, description, body, tags, 0), Refusal.class);
        Refusal byImport = catchThrowableOfType(
                () -> draft().title(title).description(description).body(body).tags(tags).imported(), Refusal.class);

        assertThat(byApi).as("the API refuses it").isNotNull();
        assertThat(byImport).as("the import refuses it").isNotNull();
        assertThat(byImport.kind()).isEqualTo(Refusal.Kind.INVALID).isEqualTo(byApi.kind());
        assertThat(byImport.messages()).isNotEmpty().isEqualTo(byApi.messages());
    }

    @Test
    void theImportTakesWhatTheApiTakesAtTheLimits() {
        String title = "t".repeat(Article.TITLE_MAX);
        String description = "d".repeat(Article.DESCRIPTION_MAX);
        String body = "b".repeat(Article.BODY_MAX);
        List<String> tags = IntStream.range(0, Article.TAGS_MAX).mapToObj(i -> i + "t".repeat(Article.TAG_MAX - 2))
                .toList();

        Article byApi = new Article(42, title, description, body, tags, 0);
        Article byImport = draft().title(title).description(description).body(body).tags(tags).imported();

        assertThat(byImport.title()).isEqualTo(byApi.title());
        assertThat(byImport.description()).isEqualTo(byApi.description());
        assertThat(byImport.body()).isEqualTo(byApi.body());
        assertThat(byImport.tagList()).isEqualTo(byApi.tagList()).hasSize(Article.TAGS_MAX);
    }

    @Test
    void anImportedArticleIsDatedByItsPublicationOrElseByItsImportAndCarriesItsProvenance() {
        Article undated = draft().published(null).imported();

        assertThat(ARTICLE.createdAt()).isEqualTo(1_790_000_000_000L).isEqualTo(ARTICLE.updatedAt());
        assertThat(undated.createdAt()).isEqualTo(1_790_000_100_000L).isEqualTo(undated.updatedAt());
        assertThat(ARTICLE.authorId()).isEqualTo(42);
        assertThat(ARTICLE.favoritesCount()).isZero();
        assertThat(ARTICLE.sourceId()).isEqualTo(3);
        assertThat(ARTICLE.itemId()).isEqualTo("gazette-0001");
        assertThat(ARTICLE.executionId()).isEqualTo(17);
        assertThat(ARTICLE.fetchedAt()).isEqualTo(1_790_000_100_000L);
    }

    @Test
    void theContentHashIsTheOneEarlierImportsStored() {
        // SHA-256 of title, description, body, the tags and the publication date and author, each ended by a
        // zero byte: articles stored before this model keep their hash, so a re-import leaves them unchanged
        assertThat(ARTICLE.contentHash()).isEqualTo("7VopUTTvaqlrdmbpBGFKN4LWpLM+tvL0YV+liqYPrOg");
    }
}
