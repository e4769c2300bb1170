package dev.redtortoise.articles.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.articles.entity.ImportedArticle;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's bulk writes over the real driver: an imported article is stored as its own
 * {@link Article#document()}, the document the API writes; a re-import changes what changed and keeps
 * creation time, favorites and slug.
 */
class ImportedArticleStoreTest {

    @RegisterExtension
    static final StandIn standIn = new StandIn();
    ImportedArticleStore imports;
    MongoCollection<Document> articles;

    @BeforeEach
    void freshDatabase() {
        imports = new ImportedArticleStore();
        imports.store = standIn.store();
        imports.slugs = new SlugMaker();
        imports.trash = new ArticleTrash();
        imports.trash.store = imports.store;
        articles = imports.store.database().getCollection(Article.COLLECTION);
        articles.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true));
    }

    static Article item(String itemId, String title, String body, long executionId) {
        return Article.imported(new ImportedArticle(3, itemId, 42, title, "About " + title, body, List.of("shells"),
                1_790_000_000_000L, executionId, 1_790_000_000_000L + executionId));
    }

    @Test
    void aNewArticleIsStoredAsItsOwnDocument() {
        Article first = item("i-1", "First", "<p>One</p>", 1);
        Article second = item("i-2", "Second", "<p>Two</p>", 1);

        ImportedArticleStore.Written written = imports.write(List.of(first, second));

        assertThat(written).isEqualTo(new ImportedArticleStore.Written(2, 0, 0, 0, Map.of("shells", 2L)));
        assertThat(stored(first)).isEqualTo(first.document());
        assertThat(stored(second)).isEqualTo(second.document());
    }

    @Test
    void aReimportWritesWhatChangedAndKeepsCreationTimeFavoritesAndSlug() {
        Article first = item("i-1", "First", "<p>One</p>", 1);
        imports.write(List.of(first));
        articles.updateOne(Filters.eq("_id", first.id()), Updates.set("favoritesCount", 5L));

        ImportedArticleStore.Written same = imports.write(List.of(item("i-1", "First", "<p>One</p>", 2)));
        ImportedArticleStore.Written edited = imports.write(List.of(item("i-1", "First", "<p>Edited</p>", 3)));

        assertThat(same.unchanged()).isOne();
        assertThat(edited.updated()).isOne();
        Document document = stored(first);
        assertThat(document.getString("body")).isEqualTo("<p>Edited</p>");
        assertThat(document.get("executionId")).isEqualTo(3L);
        assertThat(document.getString("contentHash")).isEqualTo(item("i-1", "First", "<p>Edited</p>", 3).contentHash())
                .isNotEqualTo(first.contentHash());
        assertThat(document.get("createdAt")).isEqualTo(first.createdAt());
        assertThat(document.getLong("updatedAt")).isGreaterThan(first.updatedAt());
        assertThat(document.get("favoritesCount")).isEqualTo(5L);
        assertThat(document.getString("slug")).isEqualTo(first.slug());
    }

    @Test
    void aRetitledArticleGetsTheNewTitlesSlug() {
        imports.write(List.of(item("i-1", "First", "<p>One</p>", 1)));
        Article retitled = item("i-1", "Renamed", "<p>One</p>", 2);

        imports.write(List.of(retitled));

        assertThat(stored(retitled).getString("slug")).isEqualTo(retitled.slug()).startsWith("renamed-");
    }

    @Test
    void aSlugTakenByAnotherArticleGetsASuffix() {
        Article first = item("i-1", "First", "<p>One</p>", 1);
        String slug = first.slug();
        articles.insertOne(new Article(7, "Other", "Other", "Other", List.of(), 0).document().append("slug", slug));

        ImportedArticleStore.Written written = imports.write(List.of(first));

        assertThat(written.inserted()).isOne();
        Document document = stored(first);
        assertThat(document.getString("slug")).startsWith(slug + "-").isEqualTo(first.slug());
        assertThat(document.getString("title")).isEqualTo("First");
    }

    private Document stored(Article article) {
        return articles.find(Filters.eq("_id", article.id())).first();
    }
}
