package dev.redtortoise.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Partitions of a bulk file: every record read exactly once, with its line number, from any checkpoint. */
class BulkFileTest {

    @TempDir
    Path dir;

    @Test
    void thePartitionsTogetherReadEveryLineOnceWithItsNumber() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            lines.add(i % 97 == 0 ? "" : "record " + i + " é " + "x".repeat(i % 50));
        }
        Path file = dir.resolve("records.ndjson");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        for (int count : new int[] {1, 2, 3, 7, 64}) {
            BulkFile.Split split = BulkFile.split(file, false, count);
            assertThat(split.ranges()).hasSizeLessThanOrEqualTo(count);
            assertThat(split.records()).isEqualTo(1000 - 1000 / 97);
            assertThat(readAll(file, split)).as("%d partitions", count).isEqualTo(numbered(lines, 1));
            for (BulkFile.Range range : split.ranges()) {
                assertThat(range.records()).as("a range's records, counted as its reader would count them again")
                        .isEqualTo(BulkFile.records(file, range.offset(), end(split, range, Files.size(file))));
            }
        }
    }

    @Test
    void aCsvHeaderIsNeverARecordAndCrlfAndAMissingLastNewlineAreFine() throws IOException {
        Path file = dir.resolve("records.csv");
        Files.writeString(file, "id,title\r\n1,one\r\n2,two\r\n3,three", StandardCharsets.UTF_8);
        BulkFile.Split split = BulkFile.split(file, true, 2);
        assertThat(split.records()).isEqualTo(3);
        assertThat(split.ranges().get(0).offset()).isEqualTo(10);
        assertThat(split.ranges().get(0).line()).isEqualTo(2);
        assertThat(readAll(file, split)).containsExactly("2:1,one", "3:2,two", "4:3,three");
    }

    @Test
    void readingOnFromACheckpointGivesTheRestExactly() throws IOException {
        Path file = dir.resolve("records.ndjson");
        Files.writeString(file, "a\nbb\nccc\ndddd\n", StandardCharsets.UTF_8);
        long offset;
        long number;
        try (BulkFile lines = new BulkFile(file, 0, 0)) {
            lines.next();
            lines.next();
            offset = lines.offset();
            number = lines.number();
        }
        try (BulkFile lines = new BulkFile(file, offset, number)) {
            assertThat(lines.next()).isEqualTo("ccc");
            assertThat(lines.number()).isEqualTo(3);
            assertThat(lines.next()).isEqualTo("dddd");
            assertThat(lines.next()).isNull();
        }
        assertThat(BulkFile.records(file, offset, Files.size(file))).as("what is left to read after the checkpoint").isEqualTo(2);
    }

    private static List<String> readAll(Path file, BulkFile.Split split) throws IOException {
        List<String> read = new ArrayList<>();
        long size = Files.size(file);
        for (BulkFile.Range range : split.ranges()) {
            long end = end(split, range, size);
            try (BulkFile lines = new BulkFile(file, range.offset(), range.line() - 1)) {
                while (lines.offset() < end) {
                    String line = lines.next();
                    if (line == null) {
                        break;
                    }
                    if (!line.isBlank()) {
                        read.add(lines.number() + ":" + line);
                    }
                }
            }
        }
        return read;
    }

    private static long end(BulkFile.Split split, BulkFile.Range range, long size) {
        int next = split.ranges().indexOf(range) + 1;
        return next < split.ranges().size() ? split.ranges().get(next).offset() : size;
    }

    private static List<String> numbered(List<String> lines, int first) {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                numbered.add((i + first) + ":" + lines.get(i));
            }
        }
        return numbered;
    }
}
