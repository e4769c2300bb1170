package dev.redtortoise.articles.control;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.ErrorCategory;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.articles.entity.Comment;
import dev.redtortoise.articles.entity.Favorite;
import dev.redtortoise.platform.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deleted articles, kept whole (the article, its comments and favorites) in {@code deleted_articles} until
 * the purge job removes them after their retention; until then one can be restored. Deleting copies first
 * and removes second, so a failure in between leaves the article in place, never lost. An imported article
 * that was deleted is not imported again while its copy is kept.
 */
@ApplicationScoped
public class ArticleTrash {

    public static final String COLLECTION = "deleted_articles";

    /** What a listing reads of a kept article: the article's heading, who deleted it, why, and the counts. */
    static final Bson LISTED = Projections.fields(
            Projections.include("deletedAt", "deletedBy", "deletedByStaff", "reason", "article._id", "article.slug",
                    "article.title", "article.authorId"),
            Projections.computed("commentCount", new Document("$size", "$comments")),
            Projections.computed("favoriteCount", new Document("$size", "$favorites")));

    /**
     * A deleted article as listed: who deleted it and when. {@code deletedBy} is the account of an author who
     * deleted their own article through the API; a staff member's deletion names them in
     * {@code deletedByStaff} ("alice (console)") and gives its reason, and has no account.
     */
    public record Deleted(String id, String slug, String title, long authorId, Long deletedBy, Instant deletedAt,
                          int comments, int favorites, String deletedByStaff, String reason) {

        public boolean byStaff() {
            return deletedByStaff != null;
        }
    }

    @Inject
    DocumentStore store;

    @Inject
    SlugMaker slugs;

    /** An author deleting their own article. */
    public void delete(String articleId, long deletedBy) {
        trash(articleId, new Document("deletedBy", deletedBy));
    }

    /** A staff member deleting an article, for a reason; returns whether there was one to delete. */
    public boolean delete(String articleId, String staff, String reason) {
        return trash(articleId, new Document("deletedByStaff", staff).append("reason", reason));
    }

    private boolean trash(String articleId, Document who) {
        MongoDatabase database = store.database();
        Document article = database.getCollection(Article.COLLECTION).find(Filters.eq("_id", articleId)).first();
        if (article == null) {
            return false;
        }
        List<Document> comments = database.getCollection(Comment.COLLECTION)
                .find(Filters.eq("articleId", articleId)).into(new ArrayList<>());
        List<Document> favorites = database.getCollection(Favorite.COLLECTION)
                .find(Filters.eq("articleId", articleId)).into(new ArrayList<>());
        Document kept = new Document("_id", articleId).append("deletedAt", System.currentTimeMillis());
        kept.putAll(who);
        trash().replaceOne(Filters.eq("_id", articleId), kept
                        .append("article", article)
                        .append("comments", comments)
                        .append("favorites", favorites),
                new ReplaceOptions().upsert(true));
        database.getCollection(Article.COLLECTION).deleteOne(Filters.eq("_id", articleId));
        database.getCollection(Comment.COLLECTION).deleteMany(Filters.eq("articleId", articleId));
        database.getCollection(Favorite.COLLECTION).deleteMany(Filters.eq("articleId", articleId));
        return true;
    }

    /** The most recently deleted first. */
    public List<Deleted> recent(int limit) {
        return recent(0, limit);
    }

    /** A page of them, the most recently deleted first. */
    public List<Deleted> recent(int offset, int limit) {
        List<Deleted> deleted = new ArrayList<>();
        // without the comments' and favorites' contents: only how many there are
        trash().aggregate(List.of(Aggregates.sort(Sorts.descending("deletedAt", "_id")), Aggregates.skip(offset),
                        Aggregates.limit(limit), Aggregates.project(LISTED)))
                .forEach(document -> deleted.add(deleted(document)));
        return deleted;
    }

    /** The deleted article kept under this id, if any. */
    public Optional<Deleted> kept(String articleId) {
        return Optional.ofNullable(trash().aggregate(List.of(Aggregates.match(Filters.eq("_id", articleId)),
                Aggregates.project(LISTED))).first()).map(ArticleTrash::deleted);
    }

    static Deleted deleted(Document document) {
        Document article = document.get("article", Document.class);
        Number deletedBy = document.get("deletedBy", Number.class);
        return new Deleted(document.getString("_id"), article.getString("slug"), article.getString("title"),
                article.get("authorId", Number.class).longValue(), deletedBy == null ? null : deletedBy.longValue(),
                Instant.ofEpochMilli(document.get("deletedAt", Number.class).longValue()),
                document.get("commentCount", Number.class).intValue(), document.get("favoriteCount", Number.class).intValue(),
                document.getString("deletedByStaff"), document.getString("reason"));
    }

    /**
     * Puts a deleted article back with its comments and favorites, under its old slug or, when another
     * article took it meanwhile, a free one. Returns the slug, or nothing when no such article is kept.
     */
    public Optional<String> restore(String articleId) {
        Document kept = trash().find(Filters.eq("_id", articleId)).first();
        if (kept == null) {
            return Optional.empty();
        }
        MongoDatabase database = store.database();
        Document article = kept.get("article", Document.class);
        MongoCollection<Document> articles = database.getCollection(Article.COLLECTION);
        // already back when an earlier restore failed after putting the article in place
        Document back = articles.find(Filters.eq("_id", articleId)).projection(Projections.include("slug")).first();
        if (back == null) {
            slugs.writeWithFreeSlug(article.getString("slug"), slug -> articles.insertOne(article.append("slug", slug)));
        } else {
            article.put("slug", back.getString("slug"));
        }
        insertMissing(database.getCollection(Comment.COLLECTION), kept.getList("comments", Document.class));
        insertMissing(database.getCollection(Favorite.COLLECTION), kept.getList("favorites", Document.class));
        trash().deleteOne(Filters.eq("_id", articleId));
        return Optional.of(article.getString("slug"));
    }

    public long count() {
        return trash().countDocuments();
    }

    /** Those of the ids whose articles are deleted and kept. */
    public Set<String> keptAmong(Collection<String> articleIds) {
        Set<String> kept = new HashSet<>();
        trash().find(Filters.in("_id", articleIds)).projection(Projections.include("_id"))
                .forEach(document -> kept.add(document.getString("_id")));
        return kept;
    }

    /** Removes for good the articles deleted before the cutoff; returns how many. */
    public long purgeBefore(Instant cutoff) {
        return trash().deleteMany(Filters.lt("deletedAt", cutoff.toEpochMilli())).getDeletedCount();
    }

    private MongoCollection<Document> trash() {
        return store.database().getCollection(COLLECTION);
    }

    /** Restoring twice after a failure in between adds nothing twice. */
    private static void insertMissing(MongoCollection<Document> collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }
}
