package dev.redtortoise.devservices;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    @Test
    void everyAcknowledgedWriteSurvivesAKill9OfTheStandIn(@TempDir Path data) throws Exception {
        Path file = data.resolve("mongo.mv");
        int port = freePort();
        Process standIn = start(file, port);
        int written = 300;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            var articles = client.getDatabase("redtortoise").getCollection("articles");
            for (int i = 0; i < written; i++) {
                articles.insertOne(new Document("slug", "acknowledged-" + i));
            }
            articles.updateOne(Filters.eq("slug", "acknowledged-0"), new Document("$set", new Document("title", "changed")));
        } finally {
            standIn.destroyForcibly(); // SIGKILL: no shutdown hook, no closing commit
            standIn.waitFor(30, TimeUnit.SECONDS);
        }

        Process again = start(file, port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            var articles = client.getDatabase("redtortoise").getCollection("articles");
            assertThat(articles.countDocuments()).isEqualTo(written);
            assertThat(articles.find(Filters.eq("slug", "acknowledged-0")).first().getString("title")).isEqualTo("changed");
        } finally {
            again.destroyForcibly();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void concurrentIncrementsOfOneDocumentAreEachAppliedOnceAsOnMongoDB(@TempDir Path data) throws Exception {
        MongoServer server = new MongoServer(new StandInH2Backend(data.resolve("mongo.mv").toString(), true));
        InetSocketAddress address = server.bind();
        int threads = 8;
        int each = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var counters = client.getDatabase("redtortoise").getCollection("counters");
            var articles = client.getDatabase("redtortoise").getCollection("articles");
            articles.insertOne(new Document("_id", "liked").append("favoritesCount", 0));
            Set<Long> drawn = ConcurrentHashMap.newKeySet();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        Document counter = counters.findOneAndUpdate(Filters.eq("_id", "comments"), Updates.inc("seq", 1L),
                                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                        drawn.add(counter.getLong("seq"));
                        articles.updateOne(Filters.eq("_id", "liked"), Updates.inc("favoritesCount", 1));
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }
            assertThat(drawn).as("every number drawn once").hasSize(threads * each);
            assertThat(articles.find().first().getInteger("favoritesCount")).isEqualTo(threads * each);
        } finally {
            pool.shutdownNow();
            server.shutdown();
        }
    }

    /** The stand-in as ./tortoise runs it: its own JVM, with the default durability (every write committed). */
    private static Process start(Path file, int port) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MongoStandIn.class.getName(),
                "--port", String.valueOf(port), "--data", file.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                assertThat(process.isAlive()).as("the stand-in stopped while starting").isTrue();
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the stand-in did not open port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
