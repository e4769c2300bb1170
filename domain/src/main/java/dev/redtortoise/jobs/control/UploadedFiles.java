package dev.redtortoise.jobs.control;

import dev.redtortoise.feeds.control.BulkRecords;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Bulk files uploaded for import, in the import directory ({@code RT_IMPORT_DIR}) that the part receiving
 * them and the orchestration part both read. A file is streamed to a temporary file there, never held in
 * memory, refused as soon as it passes {@code RT_IMPORT_MAX_BYTES}, checked by the import's own rules
 * ({@link BulkRecords#check}), and only then given its unique name. Files stay for restarts of their import
 * (and files received but never imported stay too) until the purge job removes those older than its retention.
 */
@ApplicationScoped
public class UploadedFiles {

    /** What was received: where it is kept, the name it was sent with, its size and SHA-256. */
    public record Stored(Path path, String name, long size, String sha256) {
    }

    static final String PARTIAL = ".part";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private static final Logger LOG = Logger.getLogger(UploadedFiles.class.getName());

    @Inject
    @ConfigProperty(name = "rt.import.dir", defaultValue = " ")
    String directory;

    @Inject
    @ConfigProperty(name = "rt.import.max-bytes", defaultValue = "268435456")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    public Path directory() {
        return directory == null || directory.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "redtortoise-imports") : Path.of(directory.strip());
    }

    /** Receives a file sent as {@code fileName}; refuses, keeping nothing, one too big, of the wrong type or unreadable. */
    public Stored store(String fileName, InputStream content) {
        String name = safe(fileName);
        BulkRecords.Format format;
        try {
            format = BulkRecords.Format.of(name);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("file: " + e.getMessage());
        }
        Path partial = null;
        try {
            Path dir = Files.createDirectories(directory());
            partial = Files.createTempFile(dir, "upload-", PARTIAL);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha256)) {
                size = copy(content, out, maxBytes, name);
            }
            try {
                BulkRecords.check(partial, format);
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("file: " + name + " is not a " + format + " file the import can read: " + e.getMessage());
            }
            Path kept = dir.resolve(STAMP.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8) + "-" + name);
            Files.move(partial, kept, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
            Stored stored = new Stored(kept, name, size, HexFormat.of().formatHex(sha256.digest()));
            LOG.info(() -> "bulk file received: " + stored);
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("bulk file " + name + " could not be stored in " + directory(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (partial != null) {
                delete(partial);
            }
        }
    }

    /** Removes the files (and unfinished uploads) last changed before the cutoff; returns how many. */
    public int removeBefore(Instant cutoff) {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, Files::isRegularFile)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && delete(file)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the import directory " + dir + " could not be listed", e);
        }
        return removed;
    }

    static long copy(InputStream in, OutputStream out, long limit, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int read; (read = in.read(buffer)) > 0; ) {
            size += read;
            if (size > limit) {
                throw Refusal.invalid("file: " + name + " is larger than the limit of " + mebibytes(limit)
                        + " (RT_IMPORT_MAX_BYTES)");
            }
            out.write(buffer, 0, read);
        }
        return size;
    }

    public static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    /** The name without any directory, in letters, digits, dots, dashes and underscores only. */
    static String safe(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return base.length() > 100 ? base.substring(base.length() - 100) : base;
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "could not remove " + file + ": " + e.getMessage());
            return false;
        }
    }
}
