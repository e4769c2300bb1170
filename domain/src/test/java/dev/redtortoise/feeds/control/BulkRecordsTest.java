package dev.redtortoise.feeds.control;

import dev.redtortoise.feeds.entity.MappedItem;
import dev.redtortoise.feeds.entity.Mapping;
import dev.redtortoise.feeds.entity.MappingRule;
import dev.redtortoise.feeds.entity.RawItem;
import dev.redtortoise.feeds.entity.RejectedItem;
import dev.redtortoise.feeds.entity.RuleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BulkRecordsTest {

    /** What one file gives, line by line, the way the import reads it: line numbers start at 1. */
    record Outcome(Map<Long, RawItem> read, Map<Long, RejectedItem> rejected) {
    }

    static List<String> lines(String sample) {
        return new String(FeedParserTest.sample(sample), StandardCharsets.UTF_8).lines().toList();
    }

    static Outcome read(BulkRecords records, List<String> lines, int firstLine) {
        Map<Long, RawItem> read = new LinkedHashMap<>();
        Map<Long, RejectedItem> rejected = new LinkedHashMap<>();
        for (int i = firstLine - 1; i < lines.size(); i++) {
            long line = i + 1;
            try {
                read.put(line, records.parse(line, lines.get(i)));
            } catch (RejectedItem e) {
                rejected.put(line, e);
            }
        }
        return new Outcome(read, rejected);
    }

    static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    // --- NDJSON -------------------------------------------------------------------------------------

    @Test
    void ndjsonRecordsAreReadWithTheirFieldsTagsAndDates() {
        Outcome outcome = read(BulkRecords.ndjson(), lines("articles.ndjson"), 1);

        assertThat(outcome.read()).containsOnlyKeys(1L, 2L, 4L, 5L, 8L, 9L, 10L);
        RawItem first = outcome.read().get(1L);
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.itemId()).isEqualTo("bulk-1");
        assertThat(first.field("title")).isEqualTo("First bulk article");
        assertThat(first.field("description")).isEqualTo("The first one.");
        assertThat(first.field("body")).isEqualTo("<p>Hello from line one.</p>");
        assertThat(first.categories()).containsExactly("bulk", "Import");
        assertThat(first.publishedAt()).isEqualTo(at("2026-11-01T08:00:00Z"));
        assertThat(first.raw()).isEqualTo(lines("articles.ndjson").get(0));

        assertThat(outcome.read().get(2L).publishedAt()).isEqualTo(at("2026-11-02T09:00:00Z"));
        assertThat(outcome.read().get(8L).publishedAt()).isNull();
        assertThat(outcome.read().get(9L).field("headline")).as("kept for FIELD rules").isEqualTo("A custom field");
        assertThat(outcome.read().get(10L).itemId()).isEqualTo("10");
        assertThat(outcome.read().get(10L).publishedAt()).isEqualTo(at("2026-11-10T08:00:00.250Z"));
    }

    @Test
    void malformedNdjsonLinesAreRejectedWithTheirReasonAndLineNumber() {
        Outcome outcome = read(BulkRecords.ndjson(), lines("articles.ndjson"), 1);

        assertThat(outcome.rejected()).containsOnlyKeys(3L, 6L, 7L);
        outcome.rejected().forEach((line, rejected) -> assertThat(rejected.position()).isEqualTo(line));
        assertThat(outcome.rejected().get(3L).reason()).startsWith("broken JSON line: ");
        assertThat(outcome.rejected().get(3L).excerpt()).contains("bulk-3");
        assertThat(outcome.rejected().get(6L).reason()).isEqualTo(
                "bad date '05/11/2026' (expected RFC 3339, such as 2026-11-26T08:00:00Z)");
        assertThat(outcome.rejected().get(7L).reason()).isEqualTo("tags must be an array of strings");
    }

    @Test
    void ndjsonRecordWithoutTitleIsRejectedByTheMappingAtItsLine() {
        RawItem untitled = read(BulkRecords.ndjson(), lines("articles.ndjson"), 1).read().get(5L);

        RejectedItem rejected = catchThrowableOfType(RejectedItem.class, () -> Mapping.of(List.of()).apply(untitled));

        assertThat(rejected.reason()).isEqualTo("missing title");
        assertThat(rejected.position()).isEqualTo(5);
    }

    @Test
    void everyValidNdjsonRecordMapsToAnArticle() {
        Mapping mapping = Mapping.of(List.of(new MappingRule(RuleKind.DEFAULT_TAG, "", "imported")));
        List<MappedItem> mapped = new ArrayList<>();
        read(BulkRecords.ndjson(), lines("articles.ndjson"), 1).read().forEach((line, item) -> {
            if (line != 5L) {
                mapped.add(mapping.apply(item));
            }
        });

        assertThat(mapped).extracting(MappedItem::itemId)
                .containsExactly("bulk-1", "bulk-2", "bulk-4", "bulk-8", "bulk-9", "10");
        assertThat(mapped.get(0).tags()).containsExactly("Import", "bulk", "imported");
        assertThat(mapped.get(2).description()).isEqualTo("The description comes from this body.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2,3]", "\"just a string\"", "42"})
    void anNdjsonLineThatIsNotAnObjectIsRejected(String line) {
        RejectedItem rejected = catchThrowableOfType(RejectedItem.class, () -> BulkRecords.ndjson().parse(12, line));

        assertThat(rejected.reason()).isEqualTo("line is not a JSON object");
        assertThat(rejected.position()).isEqualTo(12);
    }

    @Test
    void anNdjsonTagThatIsNotAStringIsRejected() {
        RejectedItem rejected = catchThrowableOfType(RejectedItem.class,
                () -> BulkRecords.ndjson().parse(2, "{\"id\":\"a\",\"title\":\"t\",\"tags\":[\"ok\",3]}"));

        assertThat(rejected.reason()).isEqualTo("tags must be an array of strings");
    }

    @Test
    void anNdjsonLineWithSomethingAfterItsObjectIsRejectedAsBroken() {
        RejectedItem rejected = catchThrowableOfType(RejectedItem.class,
                () -> BulkRecords.ndjson().parse(9, "{\"id\":\"a\",\"title\":\"t\"} {\"id\":\"b\"}"));

        assertThat(rejected.reason()).startsWith("broken JSON line: ");
        assertThat(rejected.position()).isEqualTo(9);
    }

    @Test
    void anNdjsonFieldThatMustBeAStringIsRejectedWhenItIsNot() {
        RejectedItem rejected = catchThrowableOfType(RejectedItem.class,
                () -> BulkRecords.ndjson().parse(3, "{\"id\":\"a\",\"title\":{\"$gt\":\"\"},\"body\":\"b\"}"));

        assertThat(rejected.reason()).isEqualTo("title must be a string");
    }

    @Test
    void anEmptyNdjsonLineIsRejectedAsBroken() {
        RejectedItem rejected = catchThrowableOfType(RejectedItem.class, () -> BulkRecords.ndjson().parse(4, ""));

        assertThat(rejected.reason()).startsWith("broken JSON line");
        assertThat(rejected.position()).isEqualTo(4);
    }

    // --- CSV ----------------------------------------------------------------------------------------

    @Test
    void csvRecordsAreReadUnderTheHeaderWithTagsSplitOnBars() {
        List<String> lines = lines("articles.csv");
        Outcome outcome = read(BulkRecords.csv(lines.get(0)), lines, 2);

        assertThat(outcome.read()).containsOnlyKeys(2L, 3L, 5L, 7L, 8L, 9L);
        RawItem first = outcome.read().get(2L);
        assertThat(first.position()).isEqualTo(2);
        assertThat(first.itemId()).isEqualTo("csv-1");
        assertThat(first.field("title")).isEqualTo("First CSV article");
        assertThat(first.field("body")).isEqualTo("<p>Hello from CSV.</p>");
        assertThat(first.categories()).containsExactly("csv", "Import");
        assertThat(first.publishedAt()).as("the header's publishedAt, whatever its case")
                .isEqualTo(at("2026-11-01T08:00:00Z"));

        RawItem quoted = outcome.read().get(3L);
        assertThat(quoted.field("title")).isEqualTo("Commas, and \"quotes\"");
        assertThat(quoted.field("description")).isEqualTo("A description, with a comma.");
        assertThat(quoted.field("body")).isEqualTo("<p class=\"intro\">Quoted body.</p>");
        assertThat(quoted.publishedAt()).isEqualTo(at("2026-11-02T09:00:00Z"));

        assertThat(outcome.read().get(5L).field("description")).isNull();
        assertThat(outcome.read().get(7L).categories()).isEmpty();
        assertThat(outcome.read().get(8L).publishedAt()).isNull();
        assertThat(outcome.read().get(9L).categories()).containsExactly("csv", "Import", "bulk");
    }

    @Test
    void malformedCsvLinesAreRejectedWithTheirReasonAndLineNumber() {
        List<String> lines = lines("articles.csv");
        Outcome outcome = read(BulkRecords.csv(lines.get(0)), lines, 2);

        assertThat(outcome.rejected()).containsOnlyKeys(4L, 6L);
        assertThat(outcome.rejected().get(4L).reason()).isEqualTo("wrong column count: 5 instead of 6");
        assertThat(outcome.rejected().get(4L).position()).isEqualTo(4);
        assertThat(outcome.rejected().get(4L).excerpt()).isEqualTo(lines.get(3));
        assertThat(outcome.rejected().get(6L).reason()).startsWith("bad date '04/11/2026 08:00'");
        assertThat(outcome.rejected().get(6L).position()).isEqualTo(6);
    }

    @Test
    void aCsvLineWithAnUnclosedQuoteIsRejectedAsBroken() {
        BulkRecords records = BulkRecords.csv("id,title");

        RejectedItem rejected = catchThrowableOfType(RejectedItem.class, () -> records.parse(9, "x,\"never closed"));

        assertThat(rejected.reason()).startsWith("broken CSV line: ");
        assertThat(rejected.position()).isEqualTo(9);
    }

    @Test
    void csvHeaderNamesAreMatchedWithoutCaseOrSurroundingSpace() {
        RawItem item = BulkRecords.csv(" ID , Title ,Body").parse(2, "a-1,Hello,<p>x</p>");

        assertThat(item.itemId()).isEqualTo("a-1");
        assertThat(item.field("title")).isEqualTo("Hello");
        assertThat(item.categories()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"title,description,body,tags,publishedAt", "identifier,title", ""})
    void aCsvHeaderWithoutAnIdColumnIsRefused(String header) {
        assertThatThrownBy(() -> BulkRecords.csv(header))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'");
    }

    @Test
    void aMissingCsvHeaderIsRefused() {
        assertThatThrownBy(() -> BulkRecords.csv(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFormatIsToldByTheFileName() {
        assertThat(BulkRecords.Format.of("a.ndjson")).isEqualTo(BulkRecords.Format.NDJSON);
        assertThat(BulkRecords.Format.of("B.JSONL")).isEqualTo(BulkRecords.Format.NDJSON);
        assertThat(BulkRecords.Format.of("c.csv")).isEqualTo(BulkRecords.Format.CSV);
        assertThatThrownBy(() -> BulkRecords.Format.of("d.xlsx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("d.xlsx");
        assertThat(BulkRecords.ndjson().format()).isEqualTo(BulkRecords.Format.NDJSON);
        assertThat(BulkRecords.csv("id").format()).isEqualTo(BulkRecords.Format.CSV);
    }

    // --- the check of a file before it is imported (uploads) ---------------------------------------

    @TempDir
    Path dir;

    Path file(String name, String content) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWhoseFirstRecordTheImportReadsPassesTheCheck() throws IOException {
        BulkRecords.check(file("a.ndjson", "\n{\"id\":\"1\",\"title\":\"T\"}\n{broken"), BulkRecords.Format.NDJSON);
        BulkRecords.check(file("a.csv", "ID,title\r\n1,one\r\n"), BulkRecords.Format.CSV);
        Path samples = Path.of("src/test/resources/feeds");
        BulkRecords.check(samples.resolve("articles.ndjson"), BulkRecords.Format.NDJSON);
        BulkRecords.check(samples.resolve("articles.csv"), BulkRecords.Format.CSV);
    }

    @Test
    void aFileTheImportCouldNotReadIsRefusedWithTheImportsReason() throws IOException {
        assertThatThrownBy(() -> BulkRecords.check(file("b.ndjson", "id,title\n1,one\n"), BulkRecords.Format.NDJSON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1").hasMessageContaining("broken JSON line");
        assertThatThrownBy(() -> BulkRecords.check(file("c.ndjson", "[1, 2]\n"), BulkRecords.Format.NDJSON))
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> BulkRecords.check(file("d.csv", "title,body\nx,y\n"), BulkRecords.Format.CSV))
                .hasMessageContaining("'id' among them");
        assertThatThrownBy(() -> BulkRecords.check(file("e.csv", "id,title\n1,2,3\n"), BulkRecords.Format.CSV))
                .hasMessageContaining("line 2").hasMessageContaining("wrong column count");
    }

    @Test
    void anEmptyFileABinaryOneAndAnEndlessFirstLineAreRefused() throws IOException {
        assertThatThrownBy(() -> BulkRecords.check(file("f.ndjson", "\n \n"), BulkRecords.Format.NDJSON))
                .hasMessageContaining("no records");
        Path binary = Files.write(dir.resolve("g.ndjson"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThatThrownBy(() -> BulkRecords.check(binary, BulkRecords.Format.NDJSON)).hasMessageContaining("not UTF-8");
        Path endless = file("h.ndjson", "{\"id\":\"" + "x".repeat(BulkRecords.CHECKED_CHARS) + "\"}\n");
        assertThatThrownBy(() -> BulkRecords.check(endless, BulkRecords.Format.NDJSON)).hasMessageContaining("does not end");
    }
}
