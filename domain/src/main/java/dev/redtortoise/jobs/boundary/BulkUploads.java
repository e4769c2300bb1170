package dev.redtortoise.jobs.boundary;

import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.jobs.control.UploadedFiles;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Bulk imports started from an uploaded file: the file is received into the import directory (see
 * {@link UploadedFiles}), then the bulk import of it under a feed source is requested over the bus through
 * {@link Jobs#request}, as the operations endpoint and the schedules request jobs, and recorded in the audit
 * log with the file's name, size and SHA-256.
 */
@ApplicationScoped
public class BulkUploads {

    public static final String JOB = "bulk-import";
    public static final String ACTION = "job.bulk-import.upload";

    private static final Logger LOG = Logger.getLogger(BulkUploads.class.getName());

    @Inject
    UploadedFiles files;

    @Inject
    Jobs jobs;

    @Inject
    AuditLog audit;

    /** The largest file received, in bytes ({@code RT_IMPORT_MAX_BYTES}). */
    public long maxBytes() {
        return files.maxBytes();
    }

    /** Receives a file; refuses one too big, not named .ndjson, .jsonl or .csv, or whose first record the import cannot read. */
    public UploadedFiles.Stored receive(String fileName, InputStream content) {
        return files.store(fileName, content);
    }

    /** Requests the bulk import of a received file under the feed source (its owner and rules); returns at once. */
    @Transactional
    public void start(Actor actor, UploadedFiles.Stored file, Long source) {
        if (file == null) {
            throw Refusal.invalid("file: choose a bulk file (.ndjson, .jsonl or .csv) to upload first");
        }
        if (source == null) {
            throw Refusal.invalid("source: choose the feed source whose owner and rules the import applies");
        }
        Map<String, String> parameters = Map.of("source", source.toString(), "file", file.path().toString());
        jobs.request(JOB, parameters);
        audit.record(actor, ACTION, "job:" + JOB, null, Json.createObjectBuilder()
                .add("file", file.name()).add("stored", file.path().toString()).add("size", file.size())
                .add("sha256", file.sha256()).add("source", source).add("job", JOB).build().toString(), null);
        LOG.info(() -> actor + " requested the bulk import of " + file + " under feed source " + source);
    }
}
