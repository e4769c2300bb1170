import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a bulk import file of COUNT articles for load tests of the bulk import (not a test: it makes
 * data). Run with the JDK alone: {@code java bench/ArticleFile.java COUNT OUTPUT.ndjson|OUTPUT.csv|OUTPUT.xml}
 * (the last an RSS 2.0 feed of the same articles, for feed-import).
 *
 * <p>Each article has a unique id {@code item-N} and a unique title, a description, a body of about 1 KB of
 * simple HTML, 2 to 4 tags out of a fixed 20 and {@code publishedAt} in RFC 3339, in the shapes
 * {@code BulkRecords} reads: NDJSON objects, or CSV under the header
 * {@code id,title,description,body,tags,publishedAt} with tags separated by {@code |}, one record per line.
 * Rows are written as they are made, so memory stays the same for any COUNT; the same COUNT always gives
 * the same file (a fixed seed), so runs can be compared.
 */
public class ArticleFile {

    static final List<String> TAGS = List.of("jakartaee", "payara", "java", "mongodb", "postgresql", "batch",
            "jms", "vaadin", "security", "performance", "testing", "devops", "rss", "json", "csv", "cdi", "jpa",
            "rest", "cloud", "tortoise");
    static final List<String> WORDS = List.of("slow", "steady", "shell", "lettuce", "burrow", "import", "feed",
            "article", "server", "cluster", "message", "queue", "record", "chunk", "checkpoint", "retry", "index",
            "query", "tortoise", "garden", "morning", "careful", "quiet", "patient", "bright", "green", "stone",
            "river", "path", "window");
    static final String HEADER = "id,title,description,body,tags,publishedAt";
    static final Instant FIRST_PUBLISHED = Instant.parse("2026-01-01T00:00:00Z");
    static final int BODY_TARGET = 1_000;

    record Article(String id, String title, String description, String body, List<String> tags, String publishedAt) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            usage("two arguments expected");
        }
        long count = 0;
        try {
            count = Long.parseLong(args[0]);
        } catch (NumberFormatException e) {
            usage("COUNT must be a whole number, got '" + args[0] + "'");
        }
        if (count < 0) {
            usage("COUNT must not be negative, got " + count);
        }
        Path output = Path.of(args[1]);
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        boolean rss = name.endsWith(".xml");
        if (!csv && !rss && !name.endsWith(".ndjson")) {
            usage("OUTPUT must end in .ndjson, .csv or .xml, got '" + args[1] + "'");
        }
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }

        SplittableRandom random = new SplittableRandom(20261126L);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8), 1 << 20)) {
            if (csv) {
                out.write(HEADER);
                out.write('\n');
            }
            if (rss) {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Generated</title>"
                        + "<link>https://example.org/</link><description>generated articles</description>\n");
            }
            for (long n = 1; n <= count; n++) {
                Article article = article(n, random);
                out.write(csv ? csvLine(article) : rss ? rssItem(article) : jsonLine(article));
                out.write('\n');
            }
            if (rss) {
                out.write("</channel></rss>\n");
            }
        }
        System.out.printf(Locale.ROOT, "%d articles, %d bytes in %s%n", count, Files.size(output), output);
    }

    static Article article(long n, SplittableRandom random) {
        String title = capitalised(words(random, 3 + random.nextInt(4))) + " " + n;
        String description = capitalised(words(random, 12 + random.nextInt(8))) + ".";
        return new Article("item-" + n, title, description, body(random), tags(random),
                DateTimeFormatter.ISO_INSTANT.format(FIRST_PUBLISHED.plusSeconds(n * 37)));
    }

    /** About 1 KB of the HTML a feed gives: paragraphs with some emphasis, a list and a link. */
    static String body(SplittableRandom random) {
        StringBuilder html = new StringBuilder(BODY_TARGET + 200);
        html.append("<h2>").append(capitalised(words(random, 4))).append("</h2>");
        while (html.length() < BODY_TARGET) {
            switch (random.nextInt(4)) {
                case 0 -> html.append("<ul><li>").append(words(random, 3)).append("</li><li>")
                        .append(words(random, 3)).append("</li></ul>");
                case 1 -> html.append("<p>").append(capitalised(words(random, 8))).append(", <a href=\"https://example.org/")
                        .append(WORDS.get(random.nextInt(WORDS.size()))).append("\">").append(words(random, 2))
                        .append("</a>.</p>");
                default -> html.append("<p>").append(capitalised(words(random, 10))).append(" <strong>")
                        .append(words(random, 2)).append("</strong> ").append(words(random, 6)).append(", <em>")
                        .append(words(random, 2)).append("</em>.</p>");
            }
        }
        return html.toString();
    }

    static List<String> tags(SplittableRandom random) {
        int wanted = 2 + random.nextInt(3);
        int first = random.nextInt(TAGS.size());
        // distinct without a set: a start and a stride that is coprime to 20 never meet a tag twice in 4 steps
        int[] strides = {1, 3, 7, 9, 11, 13, 17, 19};
        int stride = strides[random.nextInt(strides.length)];
        String[] chosen = new String[wanted];
        for (int i = 0; i < wanted; i++) {
            chosen[i] = TAGS.get((first + i * stride) % TAGS.size());
        }
        return List.of(chosen);
    }

    static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String jsonLine(Article a) {
        StringBuilder line = new StringBuilder(a.body().length() + 300);
        line.append("{\"id\":").append(json(a.id())).append(",\"title\":").append(json(a.title()))
                .append(",\"description\":").append(json(a.description())).append(",\"body\":").append(json(a.body()))
                .append(",\"tags\":[");
        for (int i = 0; i < a.tags().size(); i++) {
            line.append(i > 0 ? "," : "").append(json(a.tags().get(i)));
        }
        return line.append("],\"publishedAt\":").append(json(a.publishedAt())).append('}').toString();
    }

    static String json(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    static String csvLine(Article a) {
        return String.join(",", csv(a.id()), csv(a.title()), csv(a.description()), csv(a.body()),
                csv(String.join("|", a.tags())), csv(a.publishedAt()));
    }

    /** RFC 4180 quoting; a line break would split the record, since the import reads one record per line. */
    static String csv(String text) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a CSV field of a bulk file cannot hold a line break");
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static String rssItem(Article a) {
        StringBuilder item = new StringBuilder(a.body().length() + 400).append("<item><guid isPermaLink=\"false\">")
                .append(a.id()).append("</guid><title>").append(a.title()).append("</title>");
        a.tags().forEach(tag -> item.append("<category>").append(tag).append("</category>"));
        return item.append("<pubDate>")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.parse(a.publishedAt()).atOffset(ZoneOffset.UTC)))
                .append("</pubDate><description><![CDATA[").append(a.body()).append("]]></description></item>").toString();
    }

    static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java bench/ArticleFile.java COUNT OUTPUT.ndjson|OUTPUT.csv|OUTPUT.xml");
        System.exit(2);
    }
}
