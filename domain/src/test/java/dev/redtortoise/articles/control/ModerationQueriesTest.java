package dev.redtortoise.articles.control;

import com.mongodb.client.MongoCollection;
import dev.redtortoise.articles.entity.ArticleSearch;
import dev.redtortoise.articles.entity.ArticleSearch.Origin;
import dev.redtortoise.articles.entity.ModeratedArticle;
import dev.redtortoise.articles.entity.ModeratedComment;
import dev.redtortoise.articles.entity.Provenance;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moderators' queries: the filter built from a search, then run over the real driver against the MongoDB
 * stand-in (page, order, count, provenance), as the console and the operations endpoint run it.
 */
class ModerationQueriesTest {

    @RegisterExtension
    static final StandIn standIn = new StandIn();
    ModerationQueries queries;
    MongoCollection<Document> articles;

    @BeforeEach
    void freshDatabase() {
        queries = new ModerationQueries();
        queries.store = standIn.store();
        articles = queries.store.database().getCollection("articles");
    }

    @Test
    void theFilterIsOneEqualityPerFieldAndAWordStartOnTheSlug() {
        Bson filter = ModerationQueries.filter(new ArticleSearch("Red Tortoise", "ada", "java", Origin.source(3)), 42L);
        assertThat(filter.toBsonDocument().toJson()).isEqualTo("{\"$and\": [{\"authorId\": 42}, {\"tagList\": \"java\"},"
                + " {\"sourceId\": 3}, {\"slug\": {\"$regularExpression\": {\"pattern\": \"(^|-)red-tortoise\", \"options\": \"\"}}}]}");
        assertThat(ModerationQueries.filter(new ArticleSearch(null, null, null, Origin.API), null).toBsonDocument().toJson())
                .isEqualTo("{\"$and\": [{\"sourceId\": null}]}");
        assertThat(ModerationQueries.filter(ArticleSearch.ALL, null).toBsonDocument().toJson()).isEqualTo("{}");
        assertThat(ModerationQueries.filter(new ArticleSearch("{\"$gt\": \"\"}", null, "{\"$gt\": \"\"}", null), null)
                .toBsonDocument().toJson()).as("operators given as text stay text")
                .contains("{\"tagList\": \"{\\\"$gt\\\": \\\"\\\"}\"}").contains("\"pattern\": \"(^|-)gt\"");
    }

    @Test
    void authorTagSourceAndTitleWordsFindExactlyTheirArticles() {
        articles.insertMany(List.of(
                article("a1", "red-tortoise-rules", 1, 100, List.of("java")),
                article("a2", "the-red-tortoise", 2, 200, List.of("java", "ee")),
                article("a3", "tortoises-are-red", 1, 300, List.of("ee")).append("sourceId", null),
                imported("i1", "feed-news-about-red-tortoise", 9, 400, List.of("java"), 5, "item-1", 77L, 1_000L),
                imported("i2", "other-feed", 9, 500, List.of(), 6, "item-2", 78L, 2_000L)));

        assertThat(ids(new ArticleSearch(null, null, null, null), null)).containsExactly("i2", "i1", "a3", "a2", "a1");
        assertThat(ids(new ArticleSearch(null, "ignored: resolved by the caller", null, null), 1L)).containsExactly("a3", "a1");
        assertThat(ids(new ArticleSearch(null, null, "java", null), null)).containsExactly("i1", "a2", "a1");
        assertThat(ids(new ArticleSearch(null, null, null, Origin.API), null)).containsExactly("a3", "a2", "a1");
        assertThat(ids(new ArticleSearch(null, null, null, Origin.source(5)), null)).containsExactly("i1");
        assertThat(ids(new ArticleSearch("RED Tortoise", null, null, null), null)).as("title words in a row, any case")
                .containsExactly("i1", "a2", "a1");
        assertThat(ids(new ArticleSearch("tort", null, null, null), null)).as("a word's start")
                .containsExactly("i1", "a3", "a2", "a1");
        assertThat(ids(new ArticleSearch("ortoise", null, null, null), null)).as("not the middle of a word").isEmpty();
        assertThat(ids(new ArticleSearch("the-red-tortoise", null, "java", Origin.API), 2L)).containsExactly("a2");
        assertThat(queries.count(ModerationQueries.filter(new ArticleSearch(null, null, "java", null), null), false))
                .isEqualTo(3);
        assertThat(queries.count(ModerationQueries.filter(ArticleSearch.ALL, null), true)).isEqualTo(5);
    }

    @Test
    void pagesAreNewestFirstWithTiesInIdOrderSoNoArticleIsSkippedOrShownTwice() {
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            batch.add(article("same-" + i, "batch-" + i, 1, 1_000, List.of())); // one import: one creation time
        }
        batch.add(article("newest", "newest", 1, 2_000, List.of()));
        articles.insertMany(batch);
        Bson all = ModerationQueries.filter(ArticleSearch.ALL, null);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 8; offset += 3) {
            queries.articles(all, offset, 3).forEach(article -> paged.add(article.id()));
        }
        assertThat(paged).containsExactly("newest", "same-6", "same-5", "same-4", "same-3", "same-2", "same-1", "same-0");
    }

    @Test
    void aCountStopsAtItsCap() {
        List<Document> many = new ArrayList<>();
        for (int i = 0; i < ModerationQueries.COUNT_CAP + 5; i++) {
            many.add(new Document("_id", "n" + i).append("slug", "n-" + i).append("tagList", List.of("many"))
                    .append("createdAt", (long) i));
        }
        articles.insertMany(many);
        assertThat(queries.count(ModerationQueries.filter(new ArticleSearch(null, null, "many", null), null), false))
                .isEqualTo(ModerationQueries.COUNT_CAP);
    }

    @Test
    void anImportedArticleShowsItsSourceItemExecutionAndFetchTime() {
        articles.insertMany(List.of(
                imported("i1", "imported", 9, 400, List.of("java"), 5, "guid-1", 77L, 1_700_000_000_000L),
                imported("i2", "forgotten-run", 9, 300, List.of(), 5, "guid-2", null, null),
                article("a1", "written", 1, 100, List.of()).append("tagList", new Document()).append("sourceId", null)));

        ModeratedArticle imported = queries.article("i1").orElseThrow();
        assertThat(imported.provenance()).isEqualTo(new Provenance(5, "guid-1", 77L, Instant.ofEpochMilli(1_700_000_000_000L)));
        assertThat(imported.tags()).containsExactly("java");
        assertThat(imported.createdAt()).isEqualTo(Instant.ofEpochMilli(400));
        assertThat(imported.authorId()).isEqualTo(9);
        assertThat(imported.author()).as("looked up by the boundary").isNull();

        Provenance forgotten = queries.article("i2").orElseThrow().imported().orElseThrow();
        assertThat(forgotten.itemId()).isEqualTo("guid-2");
        assertThat(forgotten.execution()).as("purged run details").isEmpty();
        assertThat(forgotten.fetched()).isEmpty();

        ModeratedArticle written = queries.article("a1").orElseThrow();
        assertThat(written.imported()).as("written through the API").isEmpty();
        assertThat(written.tags()).as("JNoSQL stores no tags as {}").isEmpty();
        assertThat(queries.article("missing")).isEmpty();
    }

    @Test
    void commentsComeOldestFirstPageByPageAndOneIsRemovedForGood() {
        MongoCollection<Document> comments = queries.store.database().getCollection("comments");
        comments.insertMany(List.of(comment(1, "a1", 10), comment(2, "a1", 30), comment(3, "a1", 20), comment(4, "b", 5)));

        assertThat(queries.comments("a1", 0, 2)).extracting(ModeratedComment::id).containsExactly(1L, 3L);
        assertThat(queries.comments("a1", 2, 2)).extracting(ModeratedComment::id).containsExactly(2L);
        assertThat(queries.commentCount("a1")).isEqualTo(3);
        assertThat(queries.comment(3)).hasValueSatisfying(comment -> {
            assertThat(comment.body()).isEqualTo("comment 3");
            assertThat(comment.authorId()).isEqualTo(7);
        });

        assertThat(queries.removeComment(3)).isTrue();
        assertThat(queries.removeComment(3)).isFalse();
        assertThat(queries.commentCount("a1")).isEqualTo(2);
    }

    private List<String> ids(ArticleSearch search, Long authorId) {
        return queries.articles(ModerationQueries.filter(search, authorId), 0, 50).stream().map(ModeratedArticle::id).toList();
    }

    /** As the API stores an article (JNoSQL's mapping of {@code Article}). */
    static Document article(String id, String slug, long authorId, long createdAt, List<String> tags) {
        return new Document("_id", id).append("slug", slug).append("title", slug.replace('-', ' '))
                .append("description", "d").append("body", "b").append("tagList", tags).append("authorId", authorId)
                .append("createdAt", createdAt).append("updatedAt", createdAt).append("favoritesCount", 0L);
    }

    /** As {@code ImportedArticleStore} stores one; a null run detail is one the purge job dropped. */
    static Document imported(String id, String slug, long authorId, long createdAt, List<String> tags, long sourceId,
                             String itemId, Long executionId, Long fetchedAt) {
        Document document = article(id, slug, authorId, createdAt, tags).append("sourceId", sourceId).append("itemId", itemId);
        if (executionId != null) {
            document.append("executionId", executionId).append("fetchedAt", fetchedAt);
        }
        return document;
    }

    static Document comment(long id, String articleId, long createdAt) {
        return new Document("_id", id).append("articleId", articleId).append("authorId", 7L)
                .append("body", "comment " + id).append("createdAt", createdAt).append("updatedAt", createdAt);
    }
}
