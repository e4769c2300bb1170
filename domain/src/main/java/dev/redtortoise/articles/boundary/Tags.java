package dev.redtortoise.articles.boundary;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import dev.redtortoise.articles.control.ReadCache;
import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.articles.entity.TagCount;
import dev.redtortoise.platform.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.jnosql.mapping.document.DocumentTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

/**
 * The tags in use, most popular first. Each article write recounts the tags it touched, so a new tag is
 * listed at once; the aggregation job recounts them all, which also repairs a count that a failure
 * between an article write and its recount left behind.
 */
@ApplicationScoped
public class Tags {

    static final int MAX_TAGS = 100;

    private static final Logger LOG = Logger.getLogger(Tags.class.getName());

    @Inject
    DocumentTemplate template;

    @Inject
    DocumentStore store;

    @Inject
    ReadCache cache;

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
        MongoCollection<Document> target = store.database().getCollection(TagCount.COLLECTION);
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
        MongoCollection<Document> target = store.database().getCollection(TagCount.COLLECTION);
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

    public List<String> popular() {
        return cache.get("tags", this::readPopular);
    }

    private List<String> readPopular() {
        return template.select(TagCount.class)
                .orderBy("articles").desc()
                .orderBy("_id").asc()
                .limit(MAX_TAGS)
                .<TagCount>result()
                .stream()
                .map(TagCount::tag)
                .toList();
    }
}
