package dev.redtortoise.feeds.control;

import com.sun.net.httpserver.HttpServer;
import dev.redtortoise.feeds.control.FeedParser.NotAFeed;
import dev.redtortoise.feeds.entity.Mapping;
import dev.redtortoise.feeds.entity.RawItem;
import dev.redtortoise.feeds.entity.RejectedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FeedParserTest {

    static byte[] sample(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            assertThat(in).as("sample " + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RawItem> items(FeedParser.Parsed parsed) {
        return parsed.entries().stream().filter(RawItem.class::isInstance).map(RawItem.class::cast).toList();
    }

    static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void rssItemsAreReadWithGuidCategoriesDateAndBothDescriptionAndContent() {
        List<Object> entries = FeedParser.parse(sample("rss2.xml")).entries();

        assertThat(entries).hasSize(5).allMatch(RawItem.class::isInstance);
        List<RawItem> items = items(new FeedParser.Parsed(entries));
        assertThat(items).extracting(RawItem::position).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(items).extracting(RawItem::itemId).containsExactly("gazette-0001",
                "https://gazette.example.org/lettuce", "gazette-0003", "gazette-0004", "gazette-0005");

        RawItem first = items.get(0);
        assertThat(first.field("title")).isEqualTo("Shells are harder than they look");
        assertThat(first.field("link")).isEqualTo("https://gazette.example.org/shells");
        assertThat(first.field("description")).contains("<strong>keratin</strong>");
        assertThat(first.field("summary")).as("RSS puts its description under its own name").isNull();
        assertThat(first.categories()).containsExactly("Science", "Shells");
        assertThat(first.publishedAt()).isEqualTo(at("2026-11-03T08:00:00Z"));

        RawItem second = items.get(1);
        assertThat(second.field("description")).isEqualTo("Lettuce is cheaper this week & everyone is pleased.");
        assertThat(second.field("content")).startsWith("<h2>Markets</h2>");
        assertThat(second.publishedAt()).as("a numeric zone is honoured").isEqualTo(at("2026-11-04T08:30:00Z"));
        assertThat(items.get(3).categories()).containsExactly("Sport", "SPORT");
    }

    @Test
    void rssItemWithoutGuidIsIdentifiedByItsLink() {
        String rss = """
                <rss version="2.0"><channel><title>t</title><link>https://a.example/</link><description>d</description>
                <item><title>No guid</title><link>https://a.example/no-guid</link><description>x</description></item>
                </channel></rss>""";

        RawItem item = items(FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8))).get(0);

        assertThat(item.itemId()).isEqualTo("https://a.example/no-guid");
        assertThat(item.publishedAt()).isNull();
    }

    @Test
    void atomEntriesAreReadWithIdCategoriesSummaryContentAndTheUpdatedDateAsFallback() {
        List<RawItem> items = items(FeedParser.parse(sample("atom.xml")));

        assertThat(items).hasSize(4);
        assertThat(items).extracting(RawItem::itemId).containsExactly(
                "urn:uuid:5a3f2c10-8c1e-4b1e-9d55-000000000001", "urn:uuid:5a3f2c10-8c1e-4b1e-9d55-000000000002",
                "urn:uuid:5a3f2c10-8c1e-4b1e-9d55-000000000003", "urn:uuid:5a3f2c10-8c1e-4b1e-9d55-000000000004");

        RawItem first = items.get(0);
        assertThat(first.field("title")).isEqualTo("Scaling a slow service");
        assertThat(first.field("summary")).isEqualTo("Why slow can still be fast enough.");
        assertThat(first.field("description")).as("Atom puts its summary under its own name").isNull();
        assertThat(first.field("content")).isEqualTo("<p>Measure <b>first</b>.</p>");
        assertThat(first.categories()).containsExactly("Architecture", "performance");
        assertThat(first.publishedAt()).as("published wins over updated").isEqualTo(at("2026-11-01T08:00:00Z"));

        assertThat(items.get(1).categories()).containsExactly("Jakarta EE");
        assertThat(items.get(1).publishedAt()).isEqualTo(at("2026-11-03T10:30:00Z"));
        assertThat(items.get(2).publishedAt()).isEqualTo(at("2026-11-05T06:00:00Z"));
        assertThat(items.get(2).field("content")).isNull();
        assertThat(items.get(3).field("content")).contains("Refuse the").contains("DOCTYPE");
    }

    @Test
    void jsonFeedItemsAreReadWithTagsContentAndDates() {
        List<Object> entries = FeedParser.parse(sample("jsonfeed.json")).entries();

        assertThat(entries).hasSize(5);
        RawItem first = (RawItem) entries.get(0);
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.itemId()).isEqualTo("burrow-1");
        assertThat(first.field("title")).isEqualTo("Digging in clay");
        assertThat(first.field("summary")).isEqualTo("Clay holds its shape.");
        assertThat(first.field("content_html")).isEqualTo("<p>Clay <strong>holds</strong> its shape.</p>");
        assertThat(first.field("url")).isEqualTo("https://burrow.example.com/1");
        assertThat(first.categories()).containsExactly("Digging", "Soil");
        assertThat(first.publishedAt()).isEqualTo(at("2026-11-01T08:00:00Z"));

        assertThat(((RawItem) entries.get(1)).publishedAt()).isEqualTo(at("2026-11-02T09:00:00Z"));

        RawItem fifth = (RawItem) entries.get(4);
        assertThat(fifth.itemId()).as("a numeric id is kept as its text").isEqualTo("5");
        assertThat(fifth.field("content_text")).isEqualTo("No HTML here, just text.");
        assertThat(fifth.publishedAt()).as("date_modified when there is no date_published")
                .isEqualTo(at("2026-11-05T08:00:00Z"));
    }

    @Test
    void jsonFeedItemWithABadDateIsRejectedNamingTheDateWhileTheOthersAreRead() {
        List<Object> entries = FeedParser.parse(sample("jsonfeed.json")).entries();

        assertThat(entries.get(2)).isInstanceOf(RejectedItem.class);
        RejectedItem rejected = (RejectedItem) entries.get(2);
        assertThat(rejected.position()).isEqualTo(3);
        assertThat(rejected.reason()).contains("bad date 'yesterday'").contains("RFC 3339");
        assertThat(rejected.excerpt()).contains("burrow-3");
        assertThat(entries).filteredOn(RawItem.class::isInstance).hasSize(4);
    }

    @Test
    void jsonFeedItemWithoutTitleIsReadButItsMappingIsRejected() {
        RawItem untitled = (RawItem) FeedParser.parse(sample("jsonfeed.json")).entries().get(3);

        assertThat(untitled.field("title")).isNull();
        RejectedItem rejected = catchThrowableOfType(RejectedItem.class,
                () -> Mapping.of(List.of()).apply(untitled));
        assertThat(rejected.reason()).isEqualTo("missing title");
        assertThat(rejected.position()).isEqualTo(4);
    }

    @Test
    void jsonFeedItemThatIsNotAnObjectOrHasANonTextTitleIsRejected() {
        String feed = """
                {"version":"https://jsonfeed.org/version/1","items":[42,{"id":"x","title":{"text":"no"}}]}""";

        List<Object> entries = FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8)).entries();

        assertThat(entries).hasSize(2).allMatch(RejectedItem.class::isInstance);
        assertThat(((RejectedItem) entries.get(0)).reason()).isEqualTo("item is not a JSON object");
        assertThat(((RejectedItem) entries.get(1)).reason()).isEqualTo("title must be a string");
    }

    @Test
    void aLeadingByteOrderMarkAndWhitespaceDoNotHideAJsonFeed() {
        byte[] json = sample("jsonfeed.json");
        byte[] withBom = new byte[json.length + 5];
        System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' '}, 0, withBom, 0, 5);
        System.arraycopy(json, 0, withBom, 5, json.length);

        assertThat(FeedParser.parse(withBom).entries()).hasSize(5);
    }

    @Test
    void anHtmlPageIsNotAFeed() {
        assertThatThrownBy(() -> FeedParser.parse(sample("not-a-feed.html")))
                .isInstanceOf(NotAFeed.class).hasMessageStartingWith("not an RSS, Atom or JSON feed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<html><head><title>x</title></head><body><p>well-formed, but a page</p></body></html>",
            "<note><to>you</to></note>",
            "this is plain text",
            ""})
    void otherDocumentsAreNotFeeds(String document) {
        assertThatThrownBy(() -> FeedParser.parse(document.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotAFeed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"hello\":\"world\"}", "{\"version\":\"https://jsonfeed.org/version/1.1\"}",
            "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[", "{]"})
    void jsonThatIsNotAJsonFeedIsNotAFeed(String document) {
        assertThatThrownBy(() -> FeedParser.parse(document.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotAFeed.class).hasMessageStartingWith("not a JSON feed");
    }

    @Test
    void anExternalEntityIsRefusedWithoutReadingTheFile() throws IOException {
        NotAFeed refused = catchThrowableOfType(NotAFeed.class, () -> FeedParser.parse(sample("xxe-file.xml")));

        assertThat(refused).isNotNull();
        assertNothingOfPasswdIn(refused);
    }

    @Test
    void parameterEntitiesAndAnExternalDtdAreRefusedWithoutAnyRequest() throws IOException {
        // The sample points at attacker.invalid, which never resolves: a resolver that tried would fail
        // the same way as one that did not. A local server that counts requests tells the two apart.
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] dtd = "<!ENTITY % all \"<!ENTITY exfil 'leaked'>\"> %all;".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] document = new String(sample("xxe-parameter.xml"), StandardCharsets.UTF_8)
                    .replace("http://attacker.invalid", base).getBytes(StandardCharsets.UTF_8);

            NotAFeed refused = catchThrowableOfType(NotAFeed.class, () -> FeedParser.parse(document));

            assertThat(refused).isNotNull();
            assertNothingOfPasswdIn(refused);
            assertThat(requests).as("requests for the external DTD").hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anEntityExpansionBombIsRefusedAtOnceWithoutExpanding() {
        NotAFeed refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowableOfType(NotAFeed.class, () -> FeedParser.parse(sample("billion-laughs.xml"))));

        assertThat(refused).isNotNull();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("lollol");
        }
    }

    private static void assertNothingOfPasswdIn(Throwable refused) throws IOException {
        Path passwd = Path.of("/etc/passwd");
        List<String> secrets = Files.isReadable(passwd)
                ? Files.readAllLines(passwd).stream().filter(line -> !line.isBlank()).limit(3).toList()
                : List.of("root:x:0:0");
        for (Throwable t = refused; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            for (String secret : secrets) {
                assertThat(message).doesNotContain(secret);
            }
            assertThat(message).doesNotContain("root:");
        }
    }
}
