package dev.redtortoise.articles.entity;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSlugTest {

    @Test
    void aSlugBaseIsTheTitlesLowerCaseWordsJoinedByDashes() {
        assertThat(Article.slugBase("How to train your dragon")).isEqualTo("how-to-train-your-dragon");
        assertThat(Article.slugBase("  --Ünïcode & C++: 2 ways!  ")).isEqualTo("n-code-c-2-ways");
        assertThat(Article.slugBase("¿?!")).isEqualTo("article");
        assertThat(Article.slugBase("a".repeat(79) + " b")).isEqualTo("a".repeat(79));
        assertThat(Article.slugBase("a".repeat(78) + " bc")).isEqualTo("a".repeat(78) + "-b");
    }

    /** The rule as a regular expression says it, over random titles with many separators and long words. */
    @Test
    void aSlugBaseFollowsTheRuleForAnyTitle() {
        Random random = new Random(7);
        String letters = "aZ09 -_!é İ\t.";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder title = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                title.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertThat(Article.slugBase(title.toString())).as("slug of '%s'", title).isEqualTo(byRegex(title.toString()));
        }
    }

    private static String byRegex(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > Article.SLUG_BASE_MAX) {
            slug = slug.substring(0, Article.SLUG_BASE_MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
