package dev.redtortoise.feeds.control;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.redtortoise.feeds.entity.RawItem;
import dev.redtortoise.feeds.entity.RejectedItem;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a whole feed into items: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through Rome, JSON Feed 1.0/1.1 through
 * JSON-P; the format is told by the first character. Rome refuses any DOCTYPE, so external entities and
 * entity-expansion bombs never get parsed. An item that cannot be read (a bad date, an item that is not an
 * object) comes back as a {@link RejectedItem}; a document that is not a feed at all is a
 * {@link NotAFeed}, which fails the run.
 */
public final class FeedParser {

    /** What a feed holds: its items in order, each either read or rejected. */
    public record Parsed(List<Object> entries) {
    }

    public static class NotAFeed extends RuntimeException {
        public NotAFeed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private FeedParser() {
    }

    public static Parsed parse(byte[] document) {
        int first = 0;
        while (first < document.length && (Character.isWhitespace(document[first]) || document[first] == (byte) 0xEF
                || document[first] == (byte) 0xBB || document[first] == (byte) 0xBF)) {
            first++;
        }
        if (first < document.length && document[first] == '{') {
            // from the brace on: JSON-P refuses a byte order mark, which many servers put before a JSON feed
            return jsonFeed(new String(document, first, document.length - first, StandardCharsets.UTF_8));
        }
        return syndication(document);
    }

    static Parsed syndication(byte[] document) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(document)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new NotAFeed("not an RSS, Atom or JSON feed: " + e.getMessage(), e);
        }
        List<Object> entries = new ArrayList<>();
        long position = 0;
        for (SyndEntry entry : feed.getEntries()) {
            position++;
            Map<String, String> fields = new HashMap<>();
            put(fields, "title", entry.getTitle());
            put(fields, "link", entry.getLink());
            Optional.ofNullable(entry.getDescription()).map(SyndContent::getValue)
                    .ifPresent(value -> put(fields, "rss".equals(kind(feed)) ? "description" : "summary", value));
            List<SyndContent> contents = entry.getContents();
            if (contents != null && !contents.isEmpty()) {
                put(fields, "content", contents.get(0).getValue());
            }
            String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : entry.getLink();
            Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            List<String> categories = entry.getCategories().stream().map(SyndCategory::getName)
                    .filter(name -> name != null && !name.isBlank()).toList();
            entries.add(new RawItem(position, id == null ? null : id.trim(), fields, categories,
                    published == null ? null : published.getTime(), excerpt(entry.getTitle(), id)));
        }
        return new Parsed(entries);
    }

    private static String kind(SyndFeed feed) {
        String type = feed.getFeedType() == null ? "" : feed.getFeedType();
        return type.startsWith("rss") ? "rss" : "atom";
    }

    static Parsed jsonFeed(String document) {
        JsonObject feed;
        try (var reader = BulkRecords.JSON.createReader(new StringReader(document))) {
            feed = reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw new NotAFeed("not a JSON feed: " + e.getMessage(), e);
        }
        String version = feed.getString("version", "");
        if (!version.startsWith("https://jsonfeed.org/version/1")) {
            throw new NotAFeed("not a JSON feed: version is '" + version + "'", null);
        }
        JsonValue items = feed.get("items");
        if (!(items instanceof JsonArray array)) {
            throw new NotAFeed("not a JSON feed: it has no items array", null);
        }
        List<Object> entries = new ArrayList<>();
        long position = 0;
        for (JsonValue value : array) {
            position++;
            String raw = value.toString();
            if (!(value instanceof JsonObject item)) {
                entries.add(new RejectedItem(position, "item is not a JSON object", raw));
                continue;
            }
            try {
                entries.add(jsonItem(position, item, raw));
            } catch (RejectedItem rejected) {
                entries.add(rejected);
            }
        }
        return new Parsed(entries);
    }

    private static RawItem jsonItem(long position, JsonObject item, String raw) {
        Map<String, String> fields = new HashMap<>();
        for (String name : List.of("title", "summary", "content_html", "content_text", "url", "external_url")) {
            JsonValue value = item.get(name);
            if (value instanceof JsonString text) {
                put(fields, name, text.getString());
            } else if (value != null && value != JsonValue.NULL) {
                throw new RejectedItem(position, name + " must be a string", raw);
            }
        }
        JsonValue id = item.get("id");
        String itemId = id instanceof JsonString text ? text.getString()
                : id instanceof jakarta.json.JsonNumber number ? number.toString() : null;
        List<String> tags = new ArrayList<>();
        if (item.get("tags") instanceof JsonArray array) {
            for (JsonValue tag : array) {
                if (tag instanceof JsonString text) {
                    tags.add(text.getString());
                }
            }
        }
        String date = item.get("date_published") instanceof JsonString text ? text.getString()
                : item.get("date_modified") instanceof JsonString modified ? modified.getString() : null;
        return new RawItem(position, itemId, fields, tags, date == null ? null : rfc3339(position, date, raw), raw);
    }

    /** An RFC 3339 date (JSON Feed, NDJSON and CSV files) as epoch milliseconds. */
    public static long rfc3339(long position, String date, String raw) {
        try {
            return OffsetDateTime.parse(date.trim()).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            String shown = date.length() > 40 ? date.substring(0, 40) + "…" : date;
            throw new RejectedItem(position, "bad date '" + shown + "' (expected RFC 3339, such as 2026-11-26T08:00:00Z)",
                    raw);
        }
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value);
        }
    }

    private static String excerpt(String title, String id) {
        return "title: " + title + "\nid: " + id;
    }
}
