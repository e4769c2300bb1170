import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The baseline of bench/pipeline.sh (not a test: it prints a figure): reads the same NDJSON file as the
 * bulk import and inserts the same articles with the MongoDB driver's {@code insertMany}, in batches of
 * 1,000, into the collection {@code raw_articles} of the same store, which has the same unique slug index as
 * {@code articles}; the documents have the fields the pipeline stores (provenance and content hash
 * included), their values taken as they are: no mapping, no cleaning, no hashing, no job. Then it drops
 * {@code raw_articles} and, given a feed source id, removes that source's imported articles, so that the
 * next round of the bench finds the store as this one did. Run: {@code java -cp DRIVER_JARS
 * bench/RawInsert.java MONGO_URL DATABASE FILE [SOURCE_ID]}.
 */
public class RawInsert {

    static final int BATCH = 1_000;

    /** As long as the pipeline's content hash (SHA-256, Base64); computing one per document is the pipeline's work. */
    static final String HASH = "x".repeat(43);

    public static void main(String[] args) throws Exception {
        try (MongoClient client = MongoClients.create(args[0]);
             BufferedReader lines = Files.newBufferedReader(Path.of(args[2]), StandardCharsets.UTF_8)) {
            MongoDatabase database = client.getDatabase(args[1]);
            MongoCollection<Document> raw = database.getCollection("raw_articles");
            raw.drop();
            raw.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true));
            List<Document> batch = new ArrayList<>(BATCH);
            long count = 0;
            long fetchedAt = System.currentTimeMillis();
            long started = System.nanoTime();
            for (String line; (line = lines.readLine()) != null; ) {
                Document item = Document.parse(line);
                long published = java.time.Instant.parse(item.getString("publishedAt")).toEpochMilli();
                String itemId = item.getString("id");
                String id = UUID.nameUUIDFromBytes(("import:0:" + itemId).getBytes(StandardCharsets.UTF_8)).toString();
                batch.add(new Document("_id", id).append("slug", itemId + "-" + id.substring(0, 8))
                        .append("title", item.getString("title")).append("description", item.getString("description"))
                        .append("body", item.getString("body")).append("tagList", item.getList("tags", String.class))
                        .append("authorId", 1L).append("createdAt", published).append("updatedAt", published)
                        .append("favoritesCount", 0L).append("sourceId", 0L).append("itemId", itemId)
                        .append("executionId", 0L).append("fetchedAt", fetchedAt).append("contentHash", HASH));
                if (batch.size() == BATCH) {
                    raw.insertMany(batch);
                    count += batch.size();
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                raw.insertMany(batch);
                count += batch.size();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "raw insertMany: %d docs in %.1f s = %.0f docs/s%n", count, seconds, count / seconds);
            raw.drop();
            if (args.length > 3) {
                database.getCollection("articles").deleteMany(Filters.eq("sourceId", Long.parseLong(args[3])));
            }
        }
    }
}
