package dev.redtortoise.moderation.ui;

import dev.redtortoise.articles.entity.ModeratedArticle;
import dev.redtortoise.articles.entity.Provenance;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDetailsTest {

    static ModeratedArticle article(Provenance provenance) {
        return new ModeratedArticle("a1", "a-title-1234", "A title", "d", 7, "ada", List.of("java", "ee"),
                Instant.parse("2026-11-30T10:00:00Z"), Instant.parse("2026-11-30T11:00:00Z"), 2, provenance);
    }

    @Test
    void anImportedArticleShowsItsSourceItemExecutionAndFetchTime() {
        ArticleDetails details = new ArticleDetails();
        details.show(article(new Provenance(5, "guid-1", 77L, Instant.parse("2026-11-30T09:00:00Z"))), 3, "Payara blog", true);

        assertThat(details.provenance.getElement().getTextRecursively())
                .contains("Imported from Payara blog (source #5)")
                .contains("Item id in the source: guid-1")
                .contains("job execution 77")
                .contains("the source fetched 2026-11-30 09:00:00");
        assertThat(details.summary.getText()).contains("by ada").contains("created 2026-11-30 10:00:00");
        assertThat(details.facts.getText()).contains("tags java, ee").contains("2 favorites").contains("3 comments");
        assertThat(details.delete.isVisible()).isTrue();
    }

    @Test
    void aRemovedSourceAndAForgottenRunAreSaidSo() {
        ArticleDetails details = new ArticleDetails();
        details.show(article(new Provenance(5, "guid-1", null, null)), 0, null, true);

        assertThat(details.provenance.getElement().getTextRecursively())
                .contains("a removed source (source #5)").contains("guid-1").contains("forgotten");
    }

    @Test
    void anArticleWrittenThroughTheApiSaysSoAndAViewerGetsNoDelete() {
        ArticleDetails details = new ArticleDetails();
        details.show(article(null), 1, null, false);

        assertThat(details.provenance.getElement().getTextRecursively()).isEqualTo("Written through the API by its author.");
        assertThat(details.facts.getText()).contains("1 comment").doesNotContain("1 comments");
        assertThat(details.delete.isVisible()).isFalse();
    }
}
