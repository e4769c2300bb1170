package dev.redtortoise.articles.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.BulkWriteOptions;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.articles.entity.TagCount;
import dev.redtortoise.platform.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The stored number of articles per tag ({@link TagCount}). Counted from the articles, all tags or some, or
 * moved by what an import batch changed: each {@code $inc} is atomic, so batches written side by side
 * (partitions, other instances) add up.
 */
@ApplicationScoped
public class TagCounts {

    private static final Logger LOG = Logger.getLogger(TagCounts.class.getName());

    @Inject
    DocumentStore store;

    /**
     * Counts the articles per tag and writes the counts: upserts first, then removes tags no article
     * carries any more, so readers never see an empty list while it runs. The tags are projected before
     * they are unwound: MongoDB does that by itself, the stand-in would copy each whole article per tag.
     */
    public int recount() {
        List<Document> counts = store.database().getCollection(Article.COLLECTION).aggregate(List.of(
                        Aggregates.project(Projections.include("tagList")),
                        Aggregates.unwind("$tagList"),
                        Aggregates.group("$tagList", Accumulators.sum("articles", 1))))
                .into(new ArrayList<>());
        MongoCollection<Document> target = counts();
        if (!counts.isEmpty()) {
            target.bulkWrite(counts.stream()
                    .map(count -> new ReplaceOneModel<>(Filters.eq("_id", count.get("_id")), count,
                            new ReplaceOptions().upsert(true)))
                    .toList());
        }
        target.deleteMany(Filters.nin("_id", counts.stream().map(count -> count.get("_id")).toList()));
        LOG.info(() -> "tag counts recomputed: " + counts.size() + " tags");
        return counts.size();
    }

    /** Recounts these tags only: the articles that carry each, or no count when none does. */
    public void recount(Collection<String> tags) {
        MongoCollection<Document> articles = store.database().getCollection(Article.COLLECTION);
        MongoCollection<Document> target = counts();
        for (String tag : tags) {
            long count = articles.countDocuments(Filters.eq("tagList", tag));
            if (count > 0) {
                target.replaceOne(Filters.eq("_id", tag), new Document("_id", tag).append("articles", count),
                        new ReplaceOptions().upsert(true));
            } else {
                target.deleteOne(Filters.eq("_id", tag));
            }
        }
    }

    /**
     * Moves each tag's count by its change (more or fewer articles carry it), in one unordered bulk write,
     * and drops the counts that reach zero.
     */
    public void change(Map<String, Long> changes) {
        if (changes.isEmpty()) {
            return;
        }
        MongoCollection<Document> target = counts();
        target.bulkWrite(changes.entrySet().stream()
                .map(change -> new UpdateOneModel<Document>(Filters.eq("_id", change.getKey()),
                        Updates.inc("articles", change.getValue()), new UpdateOptions().upsert(true)))
                .toList(), new BulkWriteOptions().ordered(false));
        List<String> fewer = changes.entrySet().stream().filter(change -> change.getValue() < 0)
                .map(Map.Entry::getKey).toList();
        if (!fewer.isEmpty()) {
            target.deleteMany(Filters.and(Filters.in("_id", fewer), Filters.lte("articles", 0)));
        }
    }

    private MongoCollection<Document> counts() {
        return store.database().getCollection(TagCount.COLLECTION);
    }
}
