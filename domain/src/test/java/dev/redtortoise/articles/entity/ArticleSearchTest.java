package dev.redtortoise.articles.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleSearchTest {

    @Test
    void blankPartsAreLeftOutSoTheEmptySearchFindsEverything() {
        ArticleSearch search = new ArticleSearch("  ", "", null, null);
        assertThat(search.text()).isNull();
        assertThat(search.author()).isNull();
        assertThat(search.origin()).isEqualTo(ArticleSearch.Origin.ANY);
        assertThat(search.everything()).isTrue();
        assertThat(ArticleSearch.ALL.everything()).isTrue();
        assertThat(new ArticleSearch(null, " ada ", " java ", null)).satisfies(trimmed -> {
            assertThat(trimmed.author()).isEqualTo("ada");
            assertThat(trimmed.tag()).isEqualTo("java");
            assertThat(trimmed.everything()).isFalse();
        });
        assertThat(new ArticleSearch(null, null, null, ArticleSearch.Origin.API).everything()).isFalse();
    }

    @Test
    void theTextIsSpelledAsASlugIsSoTitleWordsAreFoundInAnyCase() {
        assertThat(new ArticleSearch("Red  TORTOISE!", null, null, null).slugText()).hasValue("red-tortoise");
        assertThat(new ArticleSearch("red-tortoise-ab12cd34", null, null, null).slugText()).hasValue("red-tortoise-ab12cd34");
        assertThat(new ArticleSearch("  .*+?[(\\", null, null, null).slugText()).as("nothing to look for").isEmpty();
        assertThat(new ArticleSearch("a.*b", null, null, null).slugText()).as("never a pattern").hasValue("a-b");
    }

    @Test
    void aSourceIdGoesWithTheSourceKindOnly() {
        assertThat(ArticleSearch.Origin.source(7).sourceId()).isEqualTo(7L);
        assertThatThrownBy(() -> new ArticleSearch.Origin(ArticleSearch.Origin.Kind.API, 7L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArticleSearch.Origin(ArticleSearch.Origin.Kind.SOURCE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
