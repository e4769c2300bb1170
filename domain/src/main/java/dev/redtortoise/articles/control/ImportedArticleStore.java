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
import dev.redtortoise.articles.entity.ImportedArticle;
import dev.redtortoise.platform.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

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
 * article whose content hash has not changed is not written at all, so a re-run changes nothing. The documents have the
 * fields of {@link Article}. Favorites, comments and creation time are never touched by a re-import, and an
 * article deleted and kept in {@link ArticleTrash} is not imported again.
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

    @Inject
    DocumentStore store;

    @Inject
    SlugMaker slugs;

    @Inject
    ArticleTrash trash;

    public Written write(List<ImportedArticle> batch) {
        MongoCollection<Document> articles = store.database().getCollection(Article.COLLECTION);
        Map<String, ImportedArticle> byId = new LinkedHashMap<>();
        batch.forEach(article -> byId.put(article.articleId(), article));
        Set<String> deleted = trash.keptAmong(byId.keySet());
        byId.keySet().removeAll(deleted);
        List<Document> documents = new ArrayList<>(byId.size());
        byId.values().forEach(article -> documents.add(document(article, article.contentHash())));

        Map<String, Long> tags = new HashMap<>();
        List<Document> taken = insertNew(articles, documents);
        Set<String> takenIds = new HashSet<>();
        taken.forEach(document -> takenIds.add(document.getString("_id")));
        documents.stream().filter(document -> !takenIds.contains(document.getString("_id")))
                .forEach(document -> count(tags, document.getList("tagList", String.class), 1));
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
            String id = document.getString("_id");
            ImportedArticle article = byId.get(id);
            Document found = existing.get(id);
            if (found == null) {
                slugs.writeWithFreeSlug(article.slug(), slug -> articles.insertOne(document.append("slug", slug)));
                inserted++;
                count(tags, article.tags(), 1);
            } else if (!document.getString("contentHash").equals(found.getString("contentHash"))) {
                updates.add(new UpdateOneModel<>(Filters.eq("_id", id), update(article, document.getString("contentHash"),
                        found, now)));
                count(tags, article.tags(), 1);
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

    static Document document(ImportedArticle article, String hash) {
        return new Document("_id", article.articleId())
                .append("slug", article.slug())
                .append("title", article.title())
                .append("description", article.description())
                .append("body", article.body())
                .append("tagList", article.tags())
                .append("authorId", article.authorId())
                .append("createdAt", article.createdAt())
                .append("updatedAt", article.createdAt())
                .append("favoritesCount", 0L)
                .append("sourceId", article.sourceId())
                .append("itemId", article.itemId())
                .append("executionId", article.executionId())
                .append("fetchedAt", article.fetchedAt())
                .append("contentHash", hash);
    }

    private static org.bson.conversions.Bson update(ImportedArticle article, String hash, Document found, long now) {
        List<org.bson.conversions.Bson> changes = new ArrayList<>(List.of(
                Updates.set("title", article.title()),
                Updates.set("description", article.description()),
                Updates.set("body", article.body()),
                Updates.set("tagList", article.tags()),
                Updates.set("authorId", article.authorId()),
                Updates.set("updatedAt", now),
                Updates.set("executionId", article.executionId()),
                Updates.set("fetchedAt", article.fetchedAt()),
                Updates.set("contentHash", hash)));
        if (!article.title().equals(found.getString("title"))) {
            changes.add(Updates.set("slug", article.slug()));
        }
        return Updates.combine(changes);
    }
}
