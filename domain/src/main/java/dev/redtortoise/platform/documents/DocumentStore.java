package dev.redtortoise.platform.documents;

import com.mongodb.ConnectionString;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.redtortoise.platform.errors.ErrorReports;
import dev.redtortoise.platform.errors.ErrorTracking;
import dev.redtortoise.platform.errors.SlowCommands;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.TimeUnit;

/**
 * The one MongoDB client of the application, configured by {@code RT_MONGO_URL} (any {@code mongodb://}
 * URL: MongoDB, DocumentDB, Cosmos DB or the local stand-in) and {@code RT_MONGO_DATABASE}, with short
 * waits ({@code RT_MONGO_WAIT_MS}) so that an unreachable server is reported within 2 s. Eclipse JNoSQL
 * works on it (see {@link DocumentManagers}); direct driver access is for what JNoSQL does not offer (ping,
 * indexes, aggregation pipelines). Commands slower than {@code RT_SLOW_QUERY_MS} are reported by their shape.
 */
@ApplicationScoped
public class DocumentStore {

    static final int READ_TIMEOUT_MS = 30_000;
    static final long PING_TIMEOUT_MS = 3_000;

    @Inject
    @ConfigProperty(name = "rt.mongo.url", defaultValue = "mongodb://127.0.0.1:27017")
    String url;

    @Inject
    @ConfigProperty(name = "rt.mongo.database", defaultValue = "redtortoise")
    String databaseName;

    /**
     * How long a request waits for a MongoDB it cannot reach (to find the server, and to open a connection)
     * before it fails with 503: short, so that requests fail within 2 s while MongoDB is away; raise it for a
     * server far away over a slow network. Answers themselves have the read timeout (long aggregations).
     */
    @Inject
    @ConfigProperty(name = "rt.mongo.wait-ms", defaultValue = "1500")
    int waitMillis;

    @Inject
    @ConfigProperty(name = "rt.slow-query-ms", defaultValue = "1000")
    long slowQueryMillis;

    @Inject
    ErrorTracking tracking;

    @Inject
    ErrorReports reports;

    MongoClient client;

    @PostConstruct
    void connect() {
        MongoClientSettings.Builder settings = MongoClientSettings.builder(settings(url, waitMillis));
        // the listener shapes every command it sees: only while there is somewhere to report to
        if (tracking.enabled() && slowQueryMillis > 0) {
            settings.addCommandListener(new SlowCommands(slowQueryMillis,
                    (shape, millis) -> reports.reportSlow("MongoDB", shape, millis)));
        }
        client = MongoClients.create(settings.build());
    }

    static MongoClientSettings settings(String url, int waitMillis) {
        if (waitMillis <= 0) {
            throw new IllegalArgumentException("rt.mongo.wait-ms (RT_MONGO_WAIT_MS) must be a positive number of"
                    + " milliseconds, got " + waitMillis);
        }
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(url))
                .applyToClusterSettings(cluster -> cluster
                        .serverSelectionTimeout(waitMillis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout(waitMillis, TimeUnit.MILLISECONDS)
                        .readTimeout(READ_TIMEOUT_MS, TimeUnit.MILLISECONDS))
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return client.getDatabase(databaseName);
    }

    public String databaseName() {
        return databaseName;
    }

    /** Whether a write failed on a unique index: the document, or one with the same key, is there already. */
    public static boolean duplicateKey(MongoWriteException failure) {
        return failure.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    /** Fails within {@value #PING_TIMEOUT_MS} ms when the server does not answer, whatever the socket state. */
    public void ping() {
        database().withTimeout(PING_TIMEOUT_MS, TimeUnit.MILLISECONDS).runCommand(new Document("ping", 1));
    }
}
