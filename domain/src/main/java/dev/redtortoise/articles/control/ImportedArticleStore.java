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

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes imported articles in batches, keyed by their provenance: one read of the batch's ids, one
 * {@code insertMany} for the new ones and one {@code bulkWrite} for the changed ones; an article whose
 * content hash has not changed is not written at all, so a re-run changes nothing. The documents have the
 * fields of {@link Article}. Favorites, comments and creation time are never touched by a re-import.
 */
@ApplicationScoped
public class ImportedArticleStore {

    /** What one batch did, and the tags it touched (before and after). */
    public record Written(int inserted, int updated, int unchanged, Set<String> tags) {
    }

    static final int SLUG_ATTEMPTS = 5;

    private final SecureRandom random = new SecureRandom();

    @Inject
    DocumentStore store;

    public Written write(List<ImportedArticle> batch) {
        MongoCollection<Document> articles = store.database().getCollection(Article.COLLECTION);
        Map<String, ImportedArticle> byId = new LinkedHashMap<>();
        batch.forEach(article -> byId.put(article.articleId(), article));
        Map<String, Document> existing = new HashMap<>();
        articles.find(Filters.in("_id", byId.keySet()))
                .projection(Projections.include("contentHash", "tagList", "title"))
                .forEach(found -> existing.put(found.getString("_id"), found));

        Set<String> tags = new TreeSet<>();
        List<Document> inserts = new ArrayList<>();
        List<WriteModel<Document>> updates = new ArrayList<>();
        int unchanged = 0;
        long now = System.currentTimeMillis();
        for (Map.Entry<String, ImportedArticle> entry : byId.entrySet()) {
            ImportedArticle article = entry.getValue();
            String hash = article.contentHash();
            Document found = existing.get(entry.getKey());
            if (found == null) {
                inserts.add(document(article, hash));
                tags.addAll(article.tags());
            } else if (!hash.equals(found.getString("contentHash"))) {
                updates.add(new UpdateOneModel<>(Filters.eq("_id", entry.getKey()), update(article, hash, found, now)));
                tags.addAll(article.tags());
                tags.addAll(found.getList("tagList", String.class, List.of()));
            } else {
                unchanged++;
            }
        }
        int inserted = insert(articles, inserts);
        if (!updates.isEmpty()) {
            articles.bulkWrite(updates);
        }
        return new Written(inserted, updates.size() + inserts.size() - inserted, unchanged, tags);
    }

    /** Inserts the new ones; one whose slug is taken by another article gets a random suffix. */
    private int insert(MongoCollection<Document> articles, List<Document> inserts) {
        if (inserts.isEmpty()) {
            return 0;
        }
        try {
            articles.insertMany(inserts, new InsertManyOptions().ordered(false));
            return inserts.size();
        } catch (MongoBulkWriteException e) {
            int failed = 0;
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                Document document = inserts.get(error.getIndex());
                if (articles.countDocuments(Filters.eq("_id", document.getString("_id"))) > 0) {
                    articles.replaceOne(Filters.eq("_id", document.getString("_id")), document);
                    failed++;
                } else {
                    insertWithFreeSlug(articles, document);
                }
            }
            return inserts.size() - failed;
        }
    }

    private void insertWithFreeSlug(MongoCollection<Document> articles, Document document) {
        String base = document.getString("slug");
        for (int attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
            document.put("slug", base + "-" + suffix());
            try {
                articles.insertOne(document);
                return;
            } catch (com.mongodb.MongoWriteException e) {
                if (!DocumentStore.duplicateKey(e)) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("no free slug for '" + base + "' after " + SLUG_ATTEMPTS + " attempts");
    }

    private String suffix() {
        return Integer.toString(random.nextInt(36 * 36 * 36 * 36), 36);
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
