package dev.redtortoise.articles.control;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.mongodb.ErrorCategory;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.platform.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes imported articles in batches, keyed by their provenance: one unordered {@code insertMany} of the
 * batch; for those already there, one read of their ids and one {@code bulkWrite} of the changed ones. An
 * article whose content hash has not changed is not written at all, so a re-run changes nothing. Each
 * article is written as its {@link Article#document()}, the same document the API writes. Favorites,
 * comments and creation time are never touched by a re-import, and an article deleted and kept in
 * {@link ArticleTrash} is not imported again.
 */
@ApplicationScoped
public class ImportedArticleStore {

    /**
     * What one batch did, and by how much it changed each tag's count: plus one for each article added or
     * changed to carry the tag, minus one for each changed to drop it. A batch written again (a chunk
     * retried after a failure) finds its articles unchanged and changes no count.
     */
    public record Written(int inserted, int updated, int unchanged, int deleted, Map<String, Long> tagChanges) {
    }

    /** What a re-import leaves as it is: the id, creation time and favorites (slug and update time: see {@link #reimport}). */
    private static final Set<String> KEPT_ON_REIMPORT = Set.of("_id", "createdAt", "favoritesCount", "slug", "updatedAt");

    @Inject
    DocumentStore store;

    @Inject
    SlugMaker slugs;

    @Inject
    ArticleTrash trash;

    public Written write(List<Article> batch) {
        MongoCollection<Document> articles = store.database().getCollection(Article.COLLECTION);
        Map<String, Article> byId = new LinkedHashMap<>();
        batch.forEach(article -> byId.put(article.id(), article));
        Set<String> deleted = trash.keptAmong(byId.keySet());
        byId.keySet().removeAll(deleted);
        List<Document> documents = new ArrayList<>(byId.size());
        byId.values().forEach(article -> documents.add(article.document()));

        Map<String, Long> tags = new HashMap<>();
        List<Document> taken = insertNew(articles, documents);
        Set<String> takenIds = new HashSet<>();
        taken.forEach(document -> takenIds.add(document.getString("_id")));
        byId.values().stream().filter(article -> !takenIds.contains(article.id()))
                .forEach(article -> count(tags, article.tagList(), 1));
        if (taken.isEmpty()) {
            return new Written(documents.size(), 0, 0, deleted.size(), tags);
        }

        Map<String, Document> existing = new HashMap<>();
        articles.find(Filters.in("_id", takenIds))
                .projection(Projections.include("contentHash", "tagList", "title"))
                .forEach(found -> existing.put(found.getString("_id"), found));
        List<WriteModel<Document>> updates = new ArrayList<>();
        int inserted = documents.size() - taken.size();
        int unchanged = 0;
        long now = System.currentTimeMillis();
        for (Document document : taken) {
            Article article = byId.get(document.getString("_id"));
            Document found = existing.get(article.id());
            if (found == null) {
                slugs.writeWithFreeSlug(article.slug(), slug -> {
                    article.slug(slug);
                    articles.insertOne(article.document());
                });
                inserted++;
                count(tags, article.tagList(), 1);
            } else if (!article.contentHash().equals(found.getString("contentHash"))) {
                updates.add(new UpdateOneModel<>(Filters.eq("_id", article.id()), reimport(document, found, now)));
                count(tags, article.tagList(), 1);
                count(tags, found.getList("tagList", String.class, List.of()), -1);
            } else {
                unchanged++;
            }
        }
        if (!updates.isEmpty()) {
            articles.bulkWrite(updates);
        }
        tags.values().removeIf(change -> change == 0);
        return new Written(inserted, updates.size(), unchanged, deleted.size(), tags);
    }

    private static void count(Map<String, Long> changes, List<String> tags, long by) {
        tags.forEach(tag -> changes.merge(tag, by, Long::sum));
    }

    /**
     * Drops the run details (execution, fetch time) of articles fetched before the cutoff; the source and
     * item id stay, since they are the article's identity. Returns how many articles were changed.
     */
    public long forgetRunsBefore(long cutoffMillis) {
        return store.database().getCollection(Article.COLLECTION)
                .updateMany(Filters.lt("fetchedAt", cutoffMillis),
                        Updates.combine(Updates.unset("executionId"), Updates.unset("fetchedAt")))
                .getModifiedCount();
    }

    /**
     * Inserts them all in one unordered {@code insertMany}: a fresh import costs no read. Returns those that
     * hit a unique key (an article already imported, or a slug taken by another article), for the caller to
     * sort out.
     */
    private static List<Document> insertNew(MongoCollection<Document> articles, List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        try {
            articles.insertMany(documents, new InsertManyOptions().ordered(false));
            return List.of();
        } catch (MongoBulkWriteException e) {
            List<Document> taken = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                taken.add(documents.get(error.getIndex()));
            }
            return taken;
        }
    }

    /**
     * Sets every field of the article's document but those a re-import keeps; the slug changes only with
     * the title, and the update time is now.
     */
    private static Bson reimport(Document document, Document found, long now) {
        List<Bson> changes = new ArrayList<>();
        document.forEach((field, value) -> {
            if (!KEPT_ON_REIMPORT.contains(field)) {
                changes.add(Updates.set(field, value));
            }
        });
        changes.add(Updates.set("updatedAt", now));
        if (!document.getString("title").equals(found.getString("title"))) {
            changes.add(Updates.set("slug", document.getString("slug")));
        }
        return Updates.combine(changes);
    }
}
