package dev.redtortoise.articles.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.articles.entity.ArticleSearch;
import dev.redtortoise.articles.entity.Comment;
import dev.redtortoise.articles.entity.ModeratedArticle;
import dev.redtortoise.articles.entity.ModeratedComment;
import dev.redtortoise.articles.entity.Provenance;
import dev.redtortoise.platform.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds articles and comments for moderators, page by page (skip and limit, never the collection), newest
 * articles first and comments oldest first. Author, tag and source are equalities on indexed fields (see
 * {@link ArticleIndexes}); the text is a regular expression on the slug, which no index serves in the
 * middle of a slug, so every query and count here is bounded in time and a count in size.
 */
@ApplicationScoped
public class ModerationQueries {

    /** The longest a page or a count may take before the store gives up: past it, narrow the search. */
    public static final long MAX_TIME_MS = 5_000;
    /** A count stops here: "more than this" is all a moderator needs to know to narrow the search. */
    public static final int COUNT_CAP = 10_000;

    static final String[] SUMMARY_FIELDS = {"slug", "title", "description", "authorId", "tagList", "createdAt",
            "updatedAt", "favoritesCount", "sourceId", "itemId", "executionId", "fetchedAt"};

    @Inject
    DocumentStore store;

    /**
     * The filter for a search whose author is this account (null: any author). Every value is a BSON value
     * through the driver's {@link Filters}, never query text; the text only ever holds letters, digits and
     * '-' (see {@link ArticleSearch#slugText}), so it cannot change the regular expression's meaning.
     */
    public static Bson filter(ArticleSearch search, Long authorId) {
        List<Bson> conditions = new ArrayList<>();
        if (authorId != null) {
            conditions.add(Filters.eq("authorId", authorId));
        }
        if (search.tag() != null) {
            conditions.add(Filters.eq("tagList", search.tag()));
        }
        switch (search.origin().kind()) {
            case API -> conditions.add(Filters.eq("sourceId", null)); // missing or null: never imported
            case SOURCE -> conditions.add(Filters.eq("sourceId", search.origin().sourceId()));
            case ANY -> {
            }
        }
        // a word of the slug starts at its beginning or after a '-': title words in any case, or a slug whole
        search.slugText().ifPresent(text -> conditions.add(Filters.regex("slug", "(^|-)" + text)));
        return conditions.isEmpty() ? Filters.empty() : Filters.and(conditions);
    }

    public List<ModeratedArticle> articles(Bson filter, int offset, int limit) {
        List<ModeratedArticle> page = new ArrayList<>();
        articles().find(filter)
                .sort(Sorts.descending("createdAt", "_id"))
                .skip(offset)
                .limit(limit)
                .projection(Projections.include(SUMMARY_FIELDS))
                .maxTime(MAX_TIME_MS, TimeUnit.MILLISECONDS)
                .forEach(document -> page.add(article(document)));
        return page;
    }

    /**
     * How many articles match, at most {@link #COUNT_CAP}; for no filter at all the collection's own count
     * (kept by MongoDB without reading documents), which is exact enough and free at any size.
     */
    public long count(Bson filter, boolean everything) {
        if (everything) {
            return articles().estimatedDocumentCount();
        }
        return articles().countDocuments(filter, new CountOptions().limit(COUNT_CAP)
                .maxTime(MAX_TIME_MS, TimeUnit.MILLISECONDS));
    }

    public Optional<ModeratedArticle> article(String id) {
        return Optional.ofNullable(articles().find(Filters.eq("_id", id))
                .projection(Projections.include(SUMMARY_FIELDS)).first()).map(ModerationQueries::article);
    }

    /** One page of an article's comments, oldest first (as readers see them). */
    public List<ModeratedComment> comments(String articleId, int offset, int limit) {
        List<ModeratedComment> page = new ArrayList<>();
        comments().find(Filters.eq("articleId", articleId))
                .sort(Sorts.ascending("createdAt", "_id"))
                .skip(offset)
                .limit(limit)
                .forEach(document -> page.add(comment(document)));
        return page;
    }

    public long commentCount(String articleId) {
        return comments().countDocuments(Filters.eq("articleId", articleId));
    }

    public Optional<ModeratedComment> comment(long id) {
        return Optional.ofNullable(comments().find(Filters.eq("_id", id)).first()).map(ModerationQueries::comment);
    }

    /** Removes a comment for good, as its author deleting it through the API does. */
    public boolean removeComment(long id) {
        return comments().deleteOne(Filters.eq("_id", id)).getDeletedCount() > 0;
    }

    /** An article document as moderators see it; the provenance only when it was imported. */
    static ModeratedArticle article(Document document) {
        Number sourceId = document.get("sourceId", Number.class);
        String itemId = document.getString("itemId");
        Provenance provenance = sourceId == null || itemId == null ? null
                : new Provenance(sourceId.longValue(), itemId, longOrNull(document, "executionId"),
                Optional.ofNullable(longOrNull(document, "fetchedAt")).map(Instant::ofEpochMilli).orElse(null));
        return new ModeratedArticle(document.getString("_id"), document.getString("slug"), document.getString("title"),
                document.getString("description"), number(document, "authorId"), null,
                tags(document.get("tagList")), Instant.ofEpochMilli(number(document, "createdAt")),
                Instant.ofEpochMilli(number(document, "updatedAt")), number(document, "favoritesCount"), provenance);
    }

    static ModeratedComment comment(Document document) {
        return new ModeratedComment(number(document, "_id"), document.getString("articleId"),
                number(document, "authorId"), null, document.getString("body"),
                Instant.ofEpochMilli(number(document, "createdAt")));
    }

    /** The mapping of {@code Article} stores an empty tag list as an empty document, not an empty array. */
    static List<String> tags(Object stored) {
        return stored instanceof List<?> tags ? tags.stream().map(String::valueOf).toList() : List.of();
    }

    private static long number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }

    private static Long longOrNull(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? null : value.longValue();
    }

    private MongoCollection<Document> articles() {
        return store.database().getCollection(Article.COLLECTION);
    }

    private MongoCollection<Document> comments() {
        return store.database().getCollection(Comment.COLLECTION);
    }
}
