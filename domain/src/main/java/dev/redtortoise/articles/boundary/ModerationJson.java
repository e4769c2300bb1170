package dev.redtortoise.articles.boundary;

import dev.redtortoise.articles.control.ArticleTrash;
import dev.redtortoise.articles.entity.ModeratedArticle;
import dev.redtortoise.articles.entity.ModeratedComment;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** The state of an article or a comment as the audit log keeps it, before and after a moderator's change. */
final class ModerationJson {

    private ModerationJson() {
    }

    static String article(ModeratedArticle article, long comments, String state) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("state", state)
                .add("slug", article.slug())
                .add("title", article.title())
                .add("author", article.author())
                .add("authorId", article.authorId())
                .add("tags", Json.createArrayBuilder(article.tags()))
                .add("createdAt", article.createdAt().toString())
                .add("favorites", article.favorites())
                .add("comments", comments);
        article.imported().ifPresent(provenance -> json.add("sourceId", provenance.sourceId())
                .add("itemId", provenance.itemId()));
        return json.build().toString();
    }

    static String trashed(ArticleTrash.Deleted deleted, String state) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("state", state)
                .add("slug", deleted.slug())
                .add("title", deleted.title())
                .add("authorId", deleted.authorId())
                .add("deletedAt", deleted.deletedAt().toString())
                .add("comments", deleted.comments())
                .add("favorites", deleted.favorites());
        if (deleted.byStaff()) {
            json.add("deletedBy", deleted.deletedByStaff()).add("reason", deleted.reason());
        } else if (deleted.deletedBy() != null) {
            json.add("deletedByAccount", deleted.deletedBy());
        }
        return json.build().toString();
    }

    /** The whole comment: deleting it removes it for good, so this entry is its only copy. */
    static String comment(ModeratedComment comment, String articleSlug) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", comment.id())
                .add("articleId", comment.articleId())
                .add("authorId", comment.authorId())
                .add("author", comment.author())
                .add("body", comment.body())
                .add("createdAt", comment.createdAt().toString());
        if (articleSlug != null) {
            json.add("articleSlug", articleSlug);
        }
        return json.build().toString();
    }
}
