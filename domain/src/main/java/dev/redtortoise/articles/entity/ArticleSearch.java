package dev.redtortoise.articles.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a moderator looks for among the articles: words of the title (or a slug), an author's username, a
 * tag, and where the articles came from. Each part is trimmed; a blank one is left out, so the empty search
 * finds every article.
 */
public record ArticleSearch(String text, String author, String tag, Origin origin) {

    public static final ArticleSearch ALL = new ArticleSearch(null, null, null, Origin.ANY);

    /** Where articles came from: anywhere, written through the API, or imported from one feed source. */
    public record Origin(Kind kind, Long sourceId) {

        public enum Kind { ANY, API, SOURCE }

        public static final Origin ANY = new Origin(Kind.ANY, null);
        public static final Origin API = new Origin(Kind.API, null);

        public Origin {
            if (kind == null) {
                kind = Kind.ANY;
            }
            if ((kind == Kind.SOURCE) != (sourceId != null)) {
                throw new IllegalArgumentException("a source id goes with the SOURCE kind, and only with it");
            }
        }

        public static Origin source(long sourceId) {
            return new Origin(Kind.SOURCE, sourceId);
        }
    }

    public ArticleSearch {
        text = given(text);
        author = given(author);
        tag = given(tag);
        origin = origin == null ? Origin.ANY : origin;
    }

    /**
     * The text as a slug spells it (lower case letters and digits, each run of anything else one '-'), or
     * nothing when it has no letter or digit to look for. A slug is made of the title's words that way, so
     * this finds title words in any case, and a slug pasted whole.
     */
    public Optional<String> slugText() {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean searchable = lower.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
        return searchable ? Optional.of(Article.slugBase(lower)) : Optional.empty();
    }

    /** Whether it narrows nothing (every article matches). */
    public boolean everything() {
        return slugText().isEmpty() && author == null && tag == null && origin.kind() == Origin.Kind.ANY;
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
