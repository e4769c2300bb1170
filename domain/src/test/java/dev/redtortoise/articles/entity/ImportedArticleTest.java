package dev.redtortoise.articles.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

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
        long publishedAt = 1_790_000_000_000L;
        long executionId = 17;
        long fetchedAt = 1_790_000_100_000L;

        Draft source(long id) { sourceId = id; return this; }
        Draft item(String id) { itemId = id; return this; }
        Draft author(long id) { authorId = id; return this; }
        Draft title(String text) { title = text; return this; }
        Draft description(String text) { description = text; return this; }
        Draft body(String html) { body = html; return this; }
        Draft tags(String... names) { tags = List.of(names); return this; }
        Draft published(long at) { publishedAt = at; return this; }
        Draft run(long execution, long fetched) { executionId = execution; fetchedAt = fetched; return this; }

        ImportedArticle imported() {
            return new ImportedArticle(sourceId, itemId, authorId, title, description, body, tags, publishedAt,
                    executionId, fetchedAt);
        }
    }

    static Draft draft() {
        return new Draft();
    }

    static final ImportedArticle ARTICLE = draft().imported();

    @Test
    void theSameSourceAndItemGiveTheSameIdAndSlugOnEveryRun() {
        ImportedArticle nextRun = draft().run(99, 1_800_000_000_000L).imported();
        ImportedArticle edited = draft().body("<p>Edited.</p>").imported();

        assertThat(nextRun.articleId()).isEqualTo(ARTICLE.articleId());
        assertThat(nextRun.slug()).isEqualTo(ARTICLE.slug());
        assertThat(edited.articleId()).isEqualTo(ARTICLE.articleId());
        assertThat(edited.slug()).isEqualTo(ARTICLE.slug());
        assertThat(UUID.fromString(ARTICLE.articleId())).isNotNull();
        assertThat(ARTICLE.slug()).isEqualTo("shells-are-harder-than-they-look-" + ARTICLE.articleId().substring(0, 8));
    }

    @Test
    void anotherSourceOrAnotherItemIsAnotherArticle() {
        ImportedArticle otherSource = draft().source(4).imported();
        ImportedArticle otherItem = draft().item("gazette-0002").imported();
        // "import:1" + ":" + "2:x" must not meet "import:12" + ":" + "x"
        ImportedArticle one = draft().source(1).item("2:x").imported();
        ImportedArticle twelve = draft().source(12).item("x").imported();

        assertThat(List.of(otherSource.articleId(), otherItem.articleId())).doesNotContain(ARTICLE.articleId())
                .doesNotHaveDuplicates();
        assertThat(otherSource.slug()).isNotEqualTo(ARTICLE.slug());
        assertThat(one.articleId()).isNotEqualTo(twelve.articleId());
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
                .extracting(ImportedArticle::contentHash)
                .doesNotContain(ARTICLE.contentHash())
                .doesNotHaveDuplicates();
    }

    @Test
    void theContentHashStaysWhenOnlyProvenanceOrTagOrderChanges() {
        ImportedArticle nextRun = draft().run(99, 1_800_000_000_000L).imported();
        ImportedArticle tagsShuffled = draft().tags(" shells", "science", "shells").imported();
        ImportedArticle otherItem = draft().item("gazette-0002").imported();

        assertThat(nextRun.contentHash()).isEqualTo(ARTICLE.contentHash());
        assertThat(tagsShuffled.contentHash()).isEqualTo(ARTICLE.contentHash());
        assertThat(otherItem.contentHash()).as("the hash is about content, not identity")
                .isEqualTo(ARTICLE.contentHash());
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        ImportedArticle before = draft().title("ab").description("c").imported();
        ImportedArticle after = draft().title("a").description("bc").imported();

        assertThat(before.contentHash()).isNotEqualTo(after.contentHash());
    }
}
