package dev.redtortoise.feeds.control;

import dev.redtortoise.feeds.entity.RawItem;
import dev.redtortoise.feeds.entity.RejectedItem;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One record of a bulk file, one line each. NDJSON: an object per line with {@code id}, {@code title},
 * {@code description}, {@code body}, {@code tags} (an array of strings) and {@code publishedAt} (RFC 3339);
 * other string fields are kept for FIELD rules. CSV (RFC 4180, one record per line): a header line naming
 * the columns, {@code id} among them; {@code tags} separated by {@code |}.
 */
public final class BulkRecords {

    public enum Format {
        NDJSON, CSV;

        public static Format of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
                return NDJSON;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            throw new IllegalArgumentException("a bulk file ends in .ndjson, .jsonl or .csv: " + fileName);
        }
    }

    /** NDJSON fields that must be strings when present: a number or object there is a mistake, not a value. */
    static final Set<String> TEXT_FIELDS = Set.of("title", "description", "body", "publishedAt");

    /** Looked up once: {@code Json.createReader} looks the provider up again on every call, per line. */
    static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    /** NDJSON lines are parsed rather than read, so that anything after a line's object is seen. */
    static final JsonParserFactory JSON_LINES = Json.createParserFactory(Map.of());

    static final CSVFormat CSV_LINE = CSVFormat.RFC4180.builder().setTrim(false).get();

    /** How much of a file {@link #check} reads: its first record must end within it. */
    static final int CHECKED_CHARS = 1024 * 1024;

    private final Format format;
    private final List<String> header;

    private BulkRecords(Format format, List<String> header) {
        this.format = format;
        this.header = header;
    }

    public static BulkRecords ndjson() {
        return new BulkRecords(Format.NDJSON, List.of());
    }

    /** CSV records under this header line; refuses a header without an {@code id} column. */
    public static BulkRecords csv(String headerLine) {
        List<String> columns;
        try {
            columns = csvFields(headerLine == null ? "" : headerLine).stream()
                    .map(column -> column.trim().toLowerCase(Locale.ROOT)).toList();
        } catch (IllegalStateException | UncheckedIOException e) {
            // an empty file or a broken header names no columns: refused below like any header without id
            columns = List.of();
        }
        if (!columns.contains("id")) {
            throw new IllegalArgumentException("the CSV header must name the columns, 'id' among them; got '"
                    + (headerLine == null ? "" : headerLine) + "'");
        }
        return new BulkRecords(Format.CSV, columns);
    }

    public Format format() {
        return format;
    }

    /**
     * Checks that a file of this format is one the import can read, by the rules it reads it with: a CSV
     * header naming the columns ({@code id} among them), and a first record that parses. Reads at most
     * {@link #CHECKED_CHARS} characters. Refuses with an {@link IllegalArgumentException} saying why.
     */
    public static void check(Path file, Format format) throws IOException {
        char[] start = new char[CHECKED_CHARS];
        int length = 0;
        boolean whole;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int read; length < start.length && (read = reader.read(start, length, start.length - length)) > 0; ) {
                length += read;
            }
            whole = length < start.length || reader.read() < 0;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the file is not UTF-8 text");
        }
        List<String> lines = new String(start, 0, length).lines().toList();
        int complete = whole ? lines.size() : lines.size() - 1;
        BulkRecords records = format == Format.CSV ? csv(complete > 0 ? lines.get(0) : null) : ndjson();
        for (int i = format == Format.CSV ? 1 : 0; i < complete; i++) {
            if (!lines.get(i).isBlank()) {
                try {
                    records.parse(i + 1, lines.get(i));
                } catch (RejectedItem e) {
                    throw new IllegalArgumentException("its first record (line " + (i + 1) + ") cannot be read: " + e.reason());
                }
                return;
            }
        }
        throw new IllegalArgumentException(whole ? "the file holds no records"
                : "its first record does not end within the first " + CHECKED_CHARS / 1024 + " KiB");
    }

    public RawItem parse(long line, String text) {
        return format == Format.NDJSON ? json(line, text) : csvRecord(line, text);
    }

    private RawItem json(long line, String text) {
        JsonObject record;
        try (JsonParser parser = JSON_LINES.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new RejectedItem(line, "broken JSON line: the line is empty", text);
            }
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new RejectedItem(line, "line is not a JSON object", text);
            }
            record = parser.getObject();
            // a reader would stop after the first value: a second one on the line would be lost unseen
            if (parser.hasNext()) {
                throw new RejectedItem(line, "broken JSON line: more than one value on the line", text);
            }
        } catch (JsonException e) {
            throw new RejectedItem(line, "broken JSON line: " + firstLine(e.getMessage()), text);
        }
        Map<String, String> fields = new HashMap<>();
        record.forEach((name, value) -> {
            if (value instanceof JsonString string) {
                fields.put(name, string.getString());
            } else if (TEXT_FIELDS.contains(name) && value != JsonValue.NULL) {
                throw new RejectedItem(line, name + " must be a string", text);
            }
        });
        List<String> tags = new ArrayList<>();
        JsonValue tagValue = record.get("tags");
        if (tagValue instanceof JsonArray array) {
            for (JsonValue tag : array) {
                if (!(tag instanceof JsonString string)) {
                    throw new RejectedItem(line, "tags must be an array of strings", text);
                }
                tags.add(string.getString());
            }
        } else if (tagValue != null && tagValue != JsonValue.NULL) {
            throw new RejectedItem(line, "tags must be an array of strings", text);
        }
        JsonValue id = record.get("id");
        String itemId = id instanceof JsonString string ? string.getString()
                : id instanceof jakarta.json.JsonNumber number ? number.toString() : null;
        return item(line, itemId, fields, tags, text);
    }

    private RawItem csvRecord(long line, String text) {
        List<String> values;
        try {
            values = csvFields(text);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new RejectedItem(line, "broken CSV line: " + firstLine(e.getMessage()), text);
        }
        if (values.size() != header.size()) {
            throw new RejectedItem(line, "wrong column count: " + values.size() + " instead of " + header.size(), text);
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), values.get(i));
        }
        String tagText = fields.getOrDefault("tags", "");
        List<String> tags = tagText.isBlank() ? List.of() : Arrays.asList(tagText.split("\\|"));
        return item(line, fields.get("id"), fields, tags, text);
    }

    private static RawItem item(long line, String itemId, Map<String, String> fields, List<String> tags, String text) {
        String published = fields.get("publishedAt");
        if (published == null) {
            published = fields.get("publishedat");
        }
        Long at = published == null || published.isBlank() ? null : FeedParser.rfc3339(line, published, text);
        return new RawItem(line, itemId == null ? null : itemId.trim(), fields, tags, at, text);
    }

    private static List<String> csvFields(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSV_LINE)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalStateException(records.size() + " records in one line");
            }
            return records.get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
