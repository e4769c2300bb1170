package dev.redtortoise.api;

import dev.redtortoise.accounts.entity.Account;
import dev.redtortoise.articles.boundary.ArticleView;
import dev.redtortoise.articles.boundary.CommentView;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.profiles.boundary.ProfileView;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The contract's response shapes. Timestamps are ISO-8601 in UTC with milliseconds, always three digits.
 * A list item has no body (JSON-B leaves out a null), as the contract's list schema says. Resources
 * answer with the text from {@link #write}: one JSON-B instance for the application, where JAX-RS's
 * JSON-B provider looks up its configuration again for every response.
 */
public final class ContractJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    public record UserJson(String email, String token, String username, String bio, String image) {
        public static UserJson of(Account account, String token) {
            return new UserJson(account.email(), token, account.username(), account.bio(), account.image());
        }
    }

    public record ProfileJson(String username, String bio, String image, boolean following) {
        public static ProfileJson of(ProfileView view) {
            return new ProfileJson(view.profile().username(), view.profile().bio(), view.profile().image(),
                    view.following());
        }
    }

    public record ArticleJson(String slug, String title, String description, String body, List<String> tagList,
                       String createdAt, String updatedAt, boolean favorited, long favoritesCount,
                       ProfileJson author) {
        public static ArticleJson of(ArticleView view, boolean withBody) {
            Article article = view.article();
            return new ArticleJson(article.slug(), article.title(), article.description(),
                    withBody ? article.body() : null, article.tagList(), timestamp(article.createdAt()),
                    timestamp(article.updatedAt()), view.favorited(), article.favoritesCount(),
                    ProfileJson.of(view.author()));
        }
    }

    public record CommentJson(long id, String createdAt, String updatedAt, String body, ProfileJson author) {
        public static CommentJson of(CommentView view) {
            return new CommentJson(view.comment().id(), timestamp(view.comment().createdAt()),
                    timestamp(view.comment().updatedAt()), view.comment().body(), ProfileJson.of(view.author()));
        }
    }

    private ContractJson() {
    }

    static String write(Object value) {
        return JSONB.toJson(value);
    }

    static String timestamp(long epochMillis) {
        return TIMESTAMP.format(Instant.ofEpochMilli(epochMillis));
    }
}
