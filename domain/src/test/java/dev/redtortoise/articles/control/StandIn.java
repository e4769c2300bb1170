package dev.redtortoise.articles.control;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.redtortoise.platform.documents.DocumentStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.InetSocketAddress;
import java.util.UUID;

/**
 * The MongoDB stand-in in memory, on a free port, reached over the real driver: one per test class (a
 * {@code @RegisterExtension static} field, closed after the class), a fresh database per test.
 */
final class StandIn implements AfterAllCallback, AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    StandIn() {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    /** A document store on a database of its own. */
    DocumentStore store() {
        MongoDatabase database = client.getDatabase("test-" + UUID.randomUUID());
        return new DocumentStore() {
            @Override
            public MongoDatabase database() {
                return database;
            }
        };
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
