package dev.redtortoise.devservices;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * A MongoDB wire-protocol server for local runs and tests (mongo-java-server). With {@code --data FILE}
 * it keeps documents in an H2 file that survives restarts, committed before each write is acknowledged
 * ({@code --durability write}, the default) or in the background about once a second
 * ({@code --durability second}: faster, and a {@code kill -9} loses the last second); with
 * {@code --data memory} nothing is kept.
 */
public final class MongoStandIn {

    private static final Logger LOG = Logger.getLogger(MongoStandIn.class.getName());

    private MongoStandIn() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options = Options.parse(args, Map.of("host", "127.0.0.1", "port", "27017", "data", "memory",
                "durability", "write"));
        String data = options.get("data");
        String durability = options.get("durability");
        if (!durability.equals("write") && !durability.equals("second")) {
            throw new IllegalArgumentException("--durability must be write or second, got '" + durability + "'");
        }
        MongoServer server;
        if ("memory".equals(data)) {
            server = new MongoServer(new MemoryBackend());
        } else {
            Path file = Path.of(data).toAbsolutePath();
            Files.createDirectories(file.getParent());
            server = new MongoServer(new StandInH2Backend(file.toString(), durability.equals("write")));
        }
        server.bind(options.get("host"), options.port("port"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            stopped.countDown();
        }, "mongo-stand-in-stop"));
        LOG.info("MongoDB stand-in ready on " + options.get("host") + ":" + options.get("port") + " (data: " + data
                + ", durability: " + durability + ")");
        stopped.await();
    }
}
