package dev.redtortoise.system;

import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator scrapes at {@code /metrics} (Prometheus text): the business counters and timers of each
 * part move by exactly the events made here, API requests under their route templates, never raw paths.
 */
class MetricsIT {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String REQUESTS = "rt_api_requests_seconds_count";

    @Test
    void apiRequestsAreCountedByRouteTemplateMethodAndStatus() {
        String slug = Conduit.unique("no-such-article-");
        Scrape before = Scrape.now();

        for (int i = 0; i < 3; i++) {
            assertThat(Conduit.get("/articles?limit=1", null).statusCode()).isEqualTo(200);
        }
        assertThat(Conduit.get("/articles/" + slug, null).statusCode()).isEqualTo(404);
        assertThat(Conduit.post("/users", null, "{\"user\":{}}").statusCode()).isEqualTo(422);
        assertThat(Conduit.get("/" + slug, null).statusCode()).isEqualTo(404);

        Scrape after = Scrape.now();
        after.assertMoved(before, REQUESTS, api("GET", "/api/articles", 200), 3);
        after.assertMoved(before, REQUESTS, api("GET", "/api/articles/{slug}", 404), 1);
        after.assertMoved(before, REQUESTS, api("POST", "/api/users", 422), 1);
        after.assertMoved(before, REQUESTS, api("GET", "unmatched", 404), 1);
        assertThat(after.value("rt_api_requests_seconds_sum", api("GET", "/api/articles", 200))).isPositive();
        assertThat(after.text()).as("raw paths are never tags").doesNotContain(slug);
    }

    @Test
    void failedSignInsAreCountedByPartAndSurface() {
        Conduit.User user = Conduit.register("metrics-");
        Map<String, String> api = Map.of("surface", "api");
        Map<String, String> console = Map.of("surface", "console");
        Scrape before = Scrape.now();

        assertThat(Conduit.login(user.email(), "not the password").statusCode()).isEqualTo(401);
        assertThat(Conduit.login(user.email(), user.password()).statusCode()).isEqualTo(200);
        assertThat(Operations.call("GET", "/sources", null, "admin", "not the password").statusCode()).isEqualTo(401);

        Scrape after = Scrape.now();
        after.assertMoved(before, "rt_login_failures_total", api, 1);
        after.assertMoved(before, "rt_login_failures_total", console, 1);
        after.assertMoved(before, REQUESTS, api("POST", "/api/users/login", 401), 1);
        after.assertMoved(before, REQUESTS, api("POST", "/api/users/login", 200), 1);
    }

    @Test
    void anImportCountsItsRunAndItsWrittenAndRejectedItemsBySource() throws Exception {
        Path feed = Files.createTempFile("metrics-it", ".xml");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>News</title><link>https://example.org</link><description>d</description>
                <item><guid>m-1</guid><title>Counted</title><description>one</description></item>
                <item><guid>m-2</guid><description>no title, rejected</description></item>
                <item><guid>m-3</guid><title>Counted too</title><description>two</description></item>
                </channel></rss>
                """);
        Conduit.User owner = Conduit.register("metrics-");
        String source = String.valueOf(Operations.addSource(Conduit.unique("metrics-"), feed.toString(), owner.username(), 50, "[]")
                .getJsonNumber("id").longValue());
        Map<String, String> completed = Map.of("job", "feed-import", "status", "COMPLETED");
        Map<String, String> bySource = Map.of("source", source);
        Scrape before = Scrape.now();

        JsonObject run = Operations.awaitEnd(Operations.start("feed-import", "{\"source\":\"" + source + "\"}"), WAIT);
        assertThat(run.getString("exitStatus")).isEqualTo("COMPLETED: 3 records, 1 rejected");

        Scrape after = Scrape.await(scrape -> scrape.value("rt_import_written_total", bySource) > 0);
        after.assertMoved(before, "rt_import_written_total", bySource, 2);
        after.assertMoved(before, "rt_import_rejected_total", bySource, 1);
        after.assertMoved(before, "rt_job_runs_seconds_count", completed, 1);
        assertThat(after.value("rt_job_runs_seconds_sum", completed)).isPositive();
    }

    @Test
    void aDeadLetterIsCountedByItsAddress() throws Exception {
        Map<String, String> jobRequests = Map.of("address", "rt.job.requests");
        Scrape before = Scrape.now();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + System.getenv("RT_ARTEMIS_PORT"), System.getenv("RT_ARTEMIS_USER"),
                System.getenv("RT_ARTEMIS_PASSWORD"));
             JMSContext context = factory.createContext()) {
            context.createProducer().send(context.createQueue("rt.job.requests"), "not a job request");
        }

        Scrape after = Scrape.await(scrape -> scrape.delta(before, "rt_dead_letters_total", jobRequests) > 0);
        after.assertMoved(before, "rt_dead_letters_total", jobRequests, 1);
    }

    static Map<String, String> api(String method, String route, int status) {
        return Map.of("method", method, "route", route, "status", String.valueOf(status));
    }

    /** One read of {@code /metrics}: a value is the sum of the series whose tags include those given. */
    record Scrape(String text) {

        private static final Pattern LINE = Pattern.compile("^(\\w+)\\{(.*)} (\\S+)$", Pattern.MULTILINE);
        private static final Pattern TAG = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

        static Scrape now() {
            HttpResponse<String> response = Stack.get("/metrics");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/plain"));
            return new Scrape(response.body());
        }

        static Scrape await(Predicate<Scrape> evidence) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            Scrape scrape = now();
            while (!evidence.test(scrape) && System.nanoTime() < deadline) {
                Thread.sleep(250);
                scrape = now();
            }
            return scrape;
        }

        /**
         * Each series once: Payara Micro writes the registry its parts share once per deployed part, so the same
         * series (name and tags) can appear on several lines with the same value.
         */
        double value(String name, Map<String, String> tags) {
            Map<String, Double> series = new HashMap<>();
            Matcher line = LINE.matcher(text);
            while (line.find()) {
                if (line.group(1).equals(name) && tags(line.group(2)).entrySet().containsAll(tags.entrySet())) {
                    series.put(line.group(2), Double.parseDouble(line.group(3)));
                }
            }
            return series.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double delta(Scrape before, String name, Map<String, String> tags) {
            return value(name, tags) - before.value(name, tags);
        }

        void assertMoved(Scrape before, String name, Map<String, String> tags, int by) {
            assertThat(delta(before, name, tags)).as("%s%s, in:%n%s", name, tags, text.lines()
                    .filter(line -> line.startsWith("rt_") && !line.contains("quantile")).collect(Collectors.joining("\n"))).isEqualTo(by);
        }

        private static Map<String, String> tags(String text) {
            Map<String, String> tags = new HashMap<>();
            Matcher tag = TAG.matcher(text);
            while (tag.find()) {
                tags.put(tag.group(1), tag.group(2));
            }
            return tags;
        }
    }
}
