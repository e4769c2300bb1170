package dev.redtortoise.jobs.control;

import dev.redtortoise.platform.errors.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.security.MessageDigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadedFilesTest {

    static final String RECORD = "{\"id\":\"1\",\"title\":\"One\"}\n";

    @TempDir
    Path dir;

    UploadedFiles files = new UploadedFiles();

    @BeforeEach
    void configure() {
        files.directory = dir.toString();
        files.maxBytes = 1024;
    }

    @Test
    void aReadableFileIsKeptUnderAUniqueNameWithItsSizeAndSha256() throws Exception {
        UploadedFiles.Stored first = files.store("../../etc/my articles.ndjson", stream(RECORD));
        UploadedFiles.Stored second = files.store("my articles.ndjson", stream(RECORD));

        assertThat(first.name()).isEqualTo("my_articles.ndjson");
        assertThat(first.path().getParent()).isEqualTo(dir);
        assertThat(first.path().getFileName().toString()).endsWith("-my_articles.ndjson");
        assertThat(second.path()).isNotEqualTo(first.path());
        assertThat(Files.readString(first.path())).isEqualTo(RECORD);
        assertThat(first.size()).isEqualTo(RECORD.length());
        assertThat(first.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(RECORD.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileItIsReadAndNothingIsKept() throws IOException {
        InputStream endless = new InputStream() {
            long sent;

            @Override
            public int read() {
                if (sent > 1024 * 1024) {
                    throw new AssertionError("read on long after the limit");
                }
                sent++;
                return 'x';
            }
        };
        assertThatThrownBy(() -> files.store("big.ndjson", endless)).isInstanceOf(Refusal.class)
                .hasMessageContaining("larger than the limit of 1024 bytes");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void aFileOfTheWrongTypeOrContentIsRefusedAndNothingIsKept() throws IOException {
        assertThatThrownBy(() -> files.store("articles.xlsx", stream(RECORD))).isInstanceOf(Refusal.class)
                .hasMessageContaining(".ndjson, .jsonl or .csv");
        assertThatThrownBy(() -> files.store("articles.csv", stream(RECORD))).isInstanceOf(Refusal.class)
                .hasMessageContaining("not a CSV file the import can read");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void thePurgeRemovesTheFilesOlderThanTheCutoffOnly() throws IOException {
        UploadedFiles.Stored old = files.store("old.ndjson", stream(RECORD));
        UploadedFiles.Stored recent = files.store("recent.ndjson", stream(RECORD));
        Files.setLastModifiedTime(old.path(), FileTime.from(Instant.now().minusSeconds(3600)));

        assertThat(files.removeBefore(Instant.now().minusSeconds(60))).isOne();
        assertThat(old.path()).doesNotExist();
        assertThat(recent.path()).exists();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
