package dev.redtortoise.articles.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Id;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write of an article, the API's and the import's, stores {@link Article#document()}, and the entity
 * mapping reads it back: so it holds every mapped field under the mapping's name, and only those.
 */
class ArticleDocumentTest {

    @Test
    void theDocumentHoldsEveryFieldTheEntityMappingReads() {
        List<String> mapped = Arrays.stream(Article.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(Column.class) || field.isAnnotationPresent(Id.class))
                .map(ArticleDocumentTest::storedName)
                .toList();

        assertThat(ImportedArticleTest.draft().imported().document().keySet()).containsExactlyInAnyOrderElementsOf(mapped);
        assertThat(new Article(1, "t", "d", "b", List.of(), 0).document().keySet())
                .as("an absent value is stored as null, as the mapping writes it")
                .containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void anImportedArticlesDocumentHasItsContentAndProvenance() {
        Article article = ImportedArticleTest.draft().imported();
        article.favoritesCount(3);

        Document document = article.document();

        assertThat(document.getString("_id")).isEqualTo(article.id());
        assertThat(document.getString("slug")).isEqualTo(article.slug());
        assertThat(document.getString("title")).isEqualTo("Shells are harder than they look");
        assertThat(document.getString("description")).isEqualTo("A study of keratin plates.");
        assertThat(document.getString("body")).isEqualTo("<p>A study.</p>");
        assertThat(document.getList("tagList", String.class)).containsExactly("science", "shells");
        assertThat(document.get("authorId")).isEqualTo(42L);
        assertThat(document.get("createdAt")).isEqualTo(1_790_000_000_000L);
        assertThat(document.get("updatedAt")).isEqualTo(1_790_000_000_000L);
        assertThat(document.get("favoritesCount")).isEqualTo(3L);
        assertThat(document.get("sourceId")).isEqualTo(3L);
        assertThat(document.getString("itemId")).isEqualTo("gazette-0001");
        assertThat(document.get("executionId")).isEqualTo(17L);
        assertThat(document.get("fetchedAt")).isEqualTo(1_790_000_100_000L);
        assertThat(document.getString("contentHash")).isEqualTo(article.contentHash());
    }

    @Test
    void anArticleWrittenThroughTheApiHasNoProvenance() {
        Document document = new Article(7, "Title", "Description", "Body", List.of(" b", "a"), 5).document();

        assertThat(document.getList("tagList", String.class)).containsExactly("a", "b");
        assertThat(document.get("createdAt")).isEqualTo(5L);
        assertThat(document.get("sourceId")).isNull();
        assertThat(document.get("itemId")).isNull();
        assertThat(document.get("contentHash")).isNull();
    }

    private static String storedName(Field field) {
        if (field.isAnnotationPresent(Id.class)) {
            return "_id";
        }
        String name = field.getAnnotation(Column.class).value();
        return name.isEmpty() ? field.getName() : name;
    }
}
