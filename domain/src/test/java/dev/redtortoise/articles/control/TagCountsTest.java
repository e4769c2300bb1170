package dev.redtortoise.articles.control;

import com.mongodb.client.model.Filters;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.articles.entity.ImportedArticle;
import dev.redtortoise.articles.entity.TagCount;
import dev.redtortoise.platform.documents.DocumentStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import batch moves the tag counts by what it changed, so that after any sequence of batches the counts
 * are those a recount of the articles gives; a batch written again, as a chunk retried after a failure
 * is, counts nothing twice.
 */
class TagCountsTest {

    @RegisterExtension
    static final StandIn standIn = new StandIn();
    final ImportedArticleStore imports = new ImportedArticleStore();
    final TagCounts counts = new TagCounts();

    /** The import's store and the counts on one fresh database, with the real slug maker and trash. */
    @BeforeEach
    void freshDatabase() {
        DocumentStore store = standIn.store();
        counts.store = store;
        imports.store = store;
        imports.slugs = new SlugMaker();
        imports.trash = new ArticleTrash();
        imports.trash.store = store;
    }

    @Test
    void aBatchMovesTheCountsByWhatItAddedAndARetriedBatchByNothing() {
        List<Article> batch = batch(1, 30, i -> List.of("all", "t" + i % 3));
        write(batch);
        assertThat(stored()).isEqualTo(Map.of("all", 30L, "t0", 10L, "t1", 10L, "t2", 10L));
        assertARecountAgrees();

        ImportedArticleStore.Written again = imports.write(batch);
        counts.change(again.tagChanges());
        assertThat(again.unchanged()).isEqualTo(30);
        assertThat(again.tagChanges()).isEmpty();
        assertThat(stored()).isEqualTo(Map.of("all", 30L, "t0", 10L, "t1", 10L, "t2", 10L));
    }

    @Test
    void aChangedArticleMovesItsCountFromTheTagsItDroppedToThoseItTookAndAnUnusedTagIsGone() {
        write(batch(1, 10, i -> List.of("all", "old")));
        write(batch(1, 20, i -> i <= 10 ? List.of("all", "new") : List.of("all", "other")));

        assertThat(stored()).isEqualTo(Map.of("all", 20L, "new", 10L, "other", 10L));
        assertARecountAgrees();
        assertThat(counts.store.database().getCollection(TagCount.COLLECTION).countDocuments(Filters.eq("_id", "old")))
                .as("no article carries it any more").isZero();
    }

    @Test
    void aSlugTakenByAnotherArticleStillCountsTheImportedOne() {
        counts.store.database().getCollection("articles").insertOne(new Document("_id", "written-through-the-api")
                .append("slug", Article.imported(new ImportedArticle(1, "item-1", 7, "Article 1", "d", "b", List.of(), null, 1, 0)).slug())
                .append("tagList", List.of("all")));
        counts.recount();
        write(batch(1, 3, i -> List.of("all")));
        assertThat(stored()).isEqualTo(Map.of("all", 4L));
        assertARecountAgrees();
    }

    private void write(List<Article> batch) {
        counts.change(imports.write(batch).tagChanges());
    }

    private static List<Article> batch(int first, int last, IntFunction<List<String>> tags) {
        List<Article> batch = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            batch.add(Article.imported(new ImportedArticle(1, "item-" + i, 7, "Article " + i, "d", "b", tags.apply(i),
                    1_000L * i, 1, 0)));
        }
        return batch;
    }

    private Map<String, Long> stored() {
        Map<String, Long> stored = new TreeMap<>();
        counts.store.database().getCollection(TagCount.COLLECTION).find()
                .forEach(count -> stored.put(count.getString("_id"), count.get("articles", Number.class).longValue()));
        return stored;
    }

    private void assertARecountAgrees() {
        Map<String, Long> moved = stored();
        counts.recount();
        assertThat(stored()).as("what a recount of the articles gives").isEqualTo(moved);
    }
}
