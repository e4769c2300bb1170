package dev.redtortoise.feeds.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.redtortoise.feeds.control.FeedFetcher.FetchFailed;
import dev.redtortoise.feeds.control.FeedFetcher.Fetched;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Against a real HTTP server on a free local port, so redirects, headers and bodies are the real thing. */
class FeedFetcherTest {

    static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    static final String ETAG = "\"v1\"";
    static final String LAST_MODIFIED = "Tue, 03 Nov 2026 08:00:00 GMT";

    HttpServer server;
    ExecutorService handlers;
    FeedFetcher fetcher;
    /** The path of each request the server got, in order. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // handlers on their own threads, so one that stalls does not hold up the next request
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.start();

        fetcher = new FeedFetcher();
        fetcher.connectTimeout = Duration.ofSeconds(2);
        fetcher.readTimeout = Duration.ofSeconds(5);
        fetcher.maxBytes = 1_000;
        fetcher.maxRedirects = 2;
        fetcher.attempts = 3;
        fetcher.backoff = Duration.ofMillis(10);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        handlers.shutdownNow();
    }

    void serve(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException e) {
                // the client went away on purpose (size limit, timeout); nothing to answer
            }
        });
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    static void feed(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("ETag", ETAG);
        exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
        answer(exchange, 200, FEED);
    }

    FetchFailed failure(String location) {
        FetchFailed failed = catchThrowableOfType(FetchFailed.class, () -> fetcher.fetch(location, null, null));
        assertThat(failed).as("failure fetching " + location).isNotNull();
        return failed;
    }

    // --- http ---------------------------------------------------------------------------------------

    @Test
    void aFeedIsFetchedWithItsValidatorsAndOurUserAgent() {
        List<String> agents = new CopyOnWriteArrayList<>();
        serve("/feed", exchange -> {
            agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            feed(exchange);
        });

        Fetched fetched = fetcher.fetch(url("/feed"), null, null);

        assertThat(fetched.unchanged()).isFalse();
        assertThat(fetched.body()).isEqualTo(FEED);
        assertThat(fetched.etag()).isEqualTo(ETAG);
        assertThat(fetched.lastModified()).isEqualTo(LAST_MODIFIED);
        assertThat(agents).containsExactly(FeedFetcher.USER_AGENT);
    }

    @Test
    void anUnchangedFeedCostsOneConditionalGetAnsweredNotModified() {
        List<String> conditions = new CopyOnWriteArrayList<>();
        serve("/feed", exchange -> {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            conditions.add(ifNoneMatch + " | " + exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            if (ETAG.equals(ifNoneMatch)) {
                answer(exchange, 304, new byte[0]);
            } else {
                feed(exchange);
            }
        });

        Fetched first = fetcher.fetch(url("/feed"), null, null);
        Fetched second = fetcher.fetch(url("/feed"), first.etag(), first.lastModified());

        assertThat(second.unchanged()).isTrue();
        assertThat(second.body()).isNull();
        assertThat(second.etag()).as("the validators stay as they were").isEqualTo(ETAG);
        assertThat(second.lastModified()).isEqualTo(LAST_MODIFIED);
        assertThat(conditions).containsExactly("null | null", ETAG + " | " + LAST_MODIFIED);
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() {
        serve("/feed", FeedFetcherTest::feed);
        serve("/hop", exchange -> {
            int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
            // relative and absolute locations, and both kinds of redirect status
            exchange.getResponseHeaders().set("Location", left == 1 ? "/feed" : url("/hop/" + (left - 1)));
            answer(exchange, left % 2 == 0 ? 302 : 301, new byte[0]);
        });

        Fetched fetched = fetcher.fetch(url("/hop/2"), null, null);

        assertThat(fetched.body()).isEqualTo(FEED);
        assertThat(requests).containsExactly("/hop/2", "/hop/1", "/feed");
    }

    @Test
    void oneRedirectMoreThanTheLimitIsRefusedWithoutRetrying() {
        serve("/feed", FeedFetcherTest::feed);
        serve("/hop", exchange -> {
            int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
            exchange.getResponseHeaders().set("Location", left == 1 ? "/feed" : "/hop/" + (left - 1));
            answer(exchange, 307, new byte[0]);
        });

        FetchFailed failed = failure(url("/hop/3"));

        assertThat(failed.permanent()).isTrue();
        assertThat(failed.getMessage()).isEqualTo(url("/hop/3") + " redirects more than 2 times");
        assertThat(requests).containsExactly("/hop/3", "/hop/2", "/hop/1");
    }

    @Test
    void aRedirectAwayFromHttpOrWithoutLocationIsRefused() {
        serve("/to-file", exchange -> {
            exchange.getResponseHeaders().set("Location", "file:///etc/passwd");
            answer(exchange, 302, new byte[0]);
        });
        serve("/nowhere", exchange -> answer(exchange, 301, new byte[0]));

        FetchFailed toFile = failure(url("/to-file"));
        FetchFailed nowhere = failure(url("/nowhere"));

        assertThat(toFile.permanent()).isTrue();
        assertThat(toFile.getMessage()).endsWith("redirects to file:///etc/passwd, which is not http(s)");
        assertThat(nowhere.permanent()).isTrue();
        assertThat(nowhere.getMessage()).endsWith("answered 301 without a Location");
        assertThat(requests).containsExactly("/to-file", "/nowhere");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() {
        byte[] big = new byte[5_000];
        serve("/declared", exchange -> answer(exchange, 200, big));
        serve("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 50; i++) {
                out.write(new byte[100]);
                out.flush();
            }
        });

        FetchFailed declared = failure(url("/declared"));
        FetchFailed chunked = failure(url("/chunked"));

        assertThat(declared.permanent()).isTrue();
        assertThat(declared.getMessage()).isEqualTo(url("/declared") + " is 5000 bytes, more than the limit of 1000");
        assertThat(chunked.permanent()).isTrue();
        assertThat(chunked.getMessage()).isEqualTo(url("/chunked") + " is more than the limit of 1000 bytes");
        assertThat(requests).as("a refused size is not retried").containsExactly("/declared", "/chunked");
    }

    @Test
    void aBodyExactlyAtTheLimitIsAccepted() {
        serve("/exact", exchange -> answer(exchange, 200, new byte[1_000]));

        assertThat(fetcher.fetch(url("/exact"), null, null).body()).hasSize(1_000);
    }

    @Test
    void aServiceUnavailableAnswerIsRetriedAndTheNextAttemptSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        serve("/flaky", exchange -> {
            if (calls.incrementAndGet() == 1) {
                answer(exchange, 503, new byte[0]);
            } else {
                feed(exchange);
            }
        });

        Fetched fetched = fetcher.fetch(url("/flaky"), null, null);

        assertThat(fetched.body()).isEqualTo(FEED);
        assertThat(requests).hasSize(2);
    }

    @Test
    void transientFailuresThatLastFailAfterEveryAttemptAsNotPermanent() {
        serve("/busy", exchange -> answer(exchange, 429, new byte[0]));
        serve("/down", exchange -> answer(exchange, 503, new byte[0]));

        FetchFailed busy = failure(url("/busy"));
        FetchFailed down = failure(url("/down"));

        assertThat(busy.permanent()).isFalse();
        assertThat(busy.getMessage()).isEqualTo(url("/busy") + " answered HTTP 429 (after 3 attempts)");
        assertThat(down.permanent()).isFalse();
        assertThat(down.getMessage()).isEqualTo(url("/down") + " answered HTTP 503 (after 3 attempts)");
        assertThat(requests).containsExactly("/busy", "/busy", "/busy", "/down", "/down", "/down");
    }

    @Test
    void notFoundFailsAtOnceAsPermanentNamingTheStatus() {
        serve("/gone", exchange -> answer(exchange, 404, "no such feed".getBytes(StandardCharsets.UTF_8)));

        FetchFailed failed = failure(url("/gone"));

        assertThat(failed.permanent()).isTrue();
        assertThat(failed.getMessage()).isEqualTo(url("/gone") + " answered HTTP 404");
        assertThat(requests).containsExactly("/gone");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsRetriedThenFails() {
        fetcher.readTimeout = Duration.ofMillis(200);
        fetcher.attempts = 2;
        serve("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        FetchFailed failed = failure(url("/slow"));

        assertThat(failed.permanent()).isFalse();
        assertThat(failed.getMessage()).startsWith("cannot fetch " + url("/slow")).endsWith("(after 2 attempts)");
        assertThat(requests).containsExactly("/slow", "/slow");
    }

    // --- files --------------------------------------------------------------------------------------

    @Test
    void aFileIsReadWithItsModificationTimeAsLastModified(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("feed.xml"), FEED);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-03T08:00:00Z")));

        Fetched fetched = fetcher.fetch(file.toString(), null, null);

        assertThat(fetched.body()).isEqualTo(FEED);
        assertThat(fetched.etag()).isNull();
        assertThat(fetched.lastModified()).isEqualTo("2026-11-03T08:00:00Z");
    }

    @Test
    void aFileWhoseModificationTimeIsTheOneGivenIsUnchanged(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("feed.xml"), FEED);
        String lastModified = fetcher.fetch(file.toString(), null, null).lastModified();

        Fetched again = fetcher.fetch(file.toString(), null, lastModified);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        Fetched touched = fetcher.fetch(file.toString(), null, lastModified);

        assertThat(again.unchanged()).isTrue();
        assertThat(again.lastModified()).isEqualTo(lastModified);
        assertThat(touched.unchanged()).isFalse();
        assertThat(touched.lastModified()).isEqualTo("2030-01-01T00:00:00Z");
    }

    @Test
    void aFileOverTheLimitOrMissingFailsAsPermanent(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("big.xml"), new byte[1_001]);

        FetchFailed tooBig = failure(big.toString());
        FetchFailed missing = failure(dir.resolve("missing.xml").toString());

        assertThat(tooBig.permanent()).isTrue();
        assertThat(tooBig.getMessage()).isEqualTo(big + " is 1001 bytes, more than the limit of 1000");
        assertThat(missing.permanent()).isTrue();
        assertThat(missing.getMessage()).startsWith("cannot read " + dir.resolve("missing.xml"));
    }
}
