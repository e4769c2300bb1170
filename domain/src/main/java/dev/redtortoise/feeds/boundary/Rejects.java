package dev.redtortoise.feeds.boundary;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.redtortoise.feeds.entity.RejectedItem;
import dev.redtortoise.platform.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The records an import skipped, in MongoDB: source, job instance, where in the input, why, and an excerpt
 * of the raw input. One record per instance and position, so a restarted run that reads a record again
 * does not count it twice.
 */
@ApplicationScoped
public class Rejects {

    public static final String COLLECTION = "import_rejects";

    /** One skipped record as operators read it. */
    public record Reject(long sourceId, long jobInstanceId, String input, long position, String reason,
                         String excerpt, Instant at) {
    }

    @Inject
    DocumentStore store;

    public void record(long sourceId, long jobInstanceId, String input, RejectedItem rejected) {
        String id = jobInstanceId + ":" + input + ":" + rejected.position();
        collection().replaceOne(Filters.eq("_id", id), new Document("_id", id)
                        .append("sourceId", sourceId)
                        .append("jobInstanceId", jobInstanceId)
                        .append("input", input)
                        .append("position", rejected.position())
                        .append("reason", rejected.reason())
                        .append("excerpt", rejected.excerpt())
                        .append("at", System.currentTimeMillis()),
                new ReplaceOptions().upsert(true));
    }

    public long count(long jobInstanceId) {
        return collection().countDocuments(Filters.eq("jobInstanceId", jobInstanceId));
    }

    public List<Reject> of(long jobInstanceId, int limit) {
        return of(jobInstanceId, 0, limit);
    }

    /** A page of an instance's rejects, in input order, for a lazy grid. */
    public List<Reject> of(long jobInstanceId, int offset, int limit) {
        return collection().find(Filters.eq("jobInstanceId", jobInstanceId))
                .sort(Sorts.ascending("input", "position")).skip(offset).limit(limit)
                .map(found -> new Reject(found.getLong("sourceId"), found.getLong("jobInstanceId"),
                        found.getString("input"), found.getLong("position"), found.getString("reason"),
                        found.getString("excerpt"), Instant.ofEpochMilli(found.getLong("at"))))
                .into(new ArrayList<>());
    }

    /** Removes the records older than this; returns how many. */
    public long purgeBefore(Instant cutoff) {
        return collection().deleteMany(Filters.lt("at", cutoff.toEpochMilli())).getDeletedCount();
    }

    private MongoCollection<Document> collection() {
        return store.database().getCollection(COLLECTION);
    }
}
