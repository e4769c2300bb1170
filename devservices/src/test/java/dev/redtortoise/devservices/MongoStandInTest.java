package dev.redtortoise.devservices;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The stand-in that ./tortoise up runs, reached with the real MongoDB driver over TCP. */
class MongoStandInTest {

    @Test
    void documentsInTheH2FileSurviveARestart(@TempDir Path data) {
        String file = data.resolve("mongo.mv").toString();
        MongoServer first = new MongoServer(new H2Backend(file));
        InetSocketAddress address = first.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            client.getDatabase("redtortoise").getCollection("articles")
                    .insertOne(new Document("slug", "kept").append("tagList", java.util.List.of("a")));
        }
        first.shutdown();

        MongoServer second = new MongoServer(new H2Backend(file));
        InetSocketAddress again = second.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + again.getPort())) {
            Document kept = client.getDatabase("redtortoise").getCollection("articles")
                    .find(Filters.eq("slug", "kept")).first();
            assertThat(kept).isNotNull();
            assertThat(kept.getList("tagList", String.class)).containsExactly("a");
        } finally {
            second.shutdown();
        }
    }
}
