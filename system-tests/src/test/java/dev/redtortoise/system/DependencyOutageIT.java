package dev.redtortoise.system;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer requests while a dependency is killed ({@code kill -9}) and after {@code ./tortoise up} starts it
 * again, Payara running on: no request waits more than 2 s on what is down, an error is a 503 with the JSON
 * error, and the API works again within 10 s of the dependency's return.
 */
class DependencyOutageIT {

    /*
     * Bounds that tell waiting for the dependency from not waiting, with room for a loaded CI machine (the
     * figures themselves are bench/soak.sh's): before, a write waited 3 s for MongoDB's server selection
     * (now RT_MONGO_WAIT_MS, 1.5 s) and 10 s and more for a broker that was gone (now not at all).
     */
    static final Duration WITHIN_MONGO_WAIT = Duration.ofMillis(2_500);
    static final Duration NOT_WAITING = Duration.ofSeconds(5);

    @Test
    void whileMongoDbIsAwayWritesFailWith503WithoutWaitingAndWorkAgainOnceItIsBack() throws Exception {
        // the first right after the kill (its connection reset), then those that find no server
        whileAway("mongo", 3, (i, write) -> {
            assertThat(Conduit.errors(write.response, 503)).as("write %d", i).isNotEmpty();
            assertThat(write.took).as("write %d answered 503 in", i).isLessThan(WITHIN_MONGO_WAIT);
        });
    }

    @Test
    void whileTheBrokerIsAwayWritesAnswerWithoutWaitingToTellTheOtherInstances() throws Exception {
        // a content change is a hint to the other instances' caches: no write waits for the broker to take it
        whileAway("artemis", 5, (i, write) -> {
            assertThat(write.response.statusCode()).as("write %d: %s", i, write.response.body()).isEqualTo(201);
            assertThat(write.took).as("write %d answered in", i).isLessThan(NOT_WAITING);
        });
    }

    /**
     * Kills the service, checks each of a few writes made while it is away, then brings it back with
     * {@code ./tortoise up}: the API works again within 10 s, on the Payara that ran all along.
     */
    private static void whileAway(String service, int writes, BiConsumer<Integer, Timed> check) throws Exception {
        Conduit.User author = Conduit.register(service + "away");
        long payara = Stack.pid("payara");
        kill(service);
        for (int i = 0; i < writes; i++) {
            check.accept(i, Timed.of(() -> createArticle(author, "While " + service + " is away " + Conduit.suffix())));
        }
        Stack.tortoise("up"); // returns once every part's checks are UP again
        assertBackWithinTenSeconds(author);
        assertThat(Stack.pid("payara")).as("Payara Micro was not restarted").isEqualTo(payara);
    }

    private static void assertBackWithinTenSeconds(Conduit.User author) throws InterruptedException {
        Stack.await("a write answered 201 after the dependency's return", Duration.ofSeconds(10), () ->
                createArticle(author, "After the return " + Conduit.suffix()).statusCode() == 201);
        Timed write = Timed.of(() -> createArticle(author, "Once back " + Conduit.suffix()));
        assertThat(write.response.statusCode()).isEqualTo(201);
        assertThat(write.took).isLessThan(NOT_WAITING);
    }

    private static HttpResponse<String> createArticle(Conduit.User author, String title) {
        return Conduit.post("/articles", author.token(), Conduit.wrapped("article", Json.createObjectBuilder()
                .add("title", title).add("description", "About " + title).add("body", "The story of " + title)));
    }

    private static void kill(String service) throws Exception {
        ProcessHandle process = ProcessHandle.of(Stack.pid(service)).orElseThrow();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private record Timed(HttpResponse<String> response, Duration took) {
        static Timed of(Supplier<HttpResponse<String>> request) {
            long started = System.nanoTime();
            HttpResponse<String> response = request.get();
            return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
