package dev.redtortoise.imports;

import dev.redtortoise.feeds.control.BulkRecords;
import dev.redtortoise.jobs.control.JobTotals;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * Reads one partition of a bulk file: the lines that start in [start, end). The checkpoint is the offset
 * and number of the next line, so a restart reads on from exactly there. A record that cannot be read is
 * thrown as a skippable rejection, after the position has moved past it. On opening, the records it is
 * about to read (all of its range, or on a restart those after the checkpoint) are added to the
 * execution's total.
 */
@Named
@Dependent
public class BulkFileReader extends AbstractItemReader {

    /** Where the partition goes on from. */
    record Position(long offset, long line) implements Serializable {
    }

    @Inject
    @BatchProperty
    String file;

    @Inject
    @BatchProperty
    String start;

    @Inject
    @BatchProperty
    String end;

    @Inject
    @BatchProperty
    String line;

    @Inject
    @BatchProperty
    String records;

    @Inject
    @BatchProperty
    String execution;

    @Inject
    JobContext job;

    @Inject
    JobTotals totals;

    private BulkFile lines;
    private BulkRecords parser;
    private long stop;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        Path path = BulkPartitions.readable(file);
        BulkRecords.Format format = BulkRecords.Format.of(path.getFileName().toString());
        if (format == BulkRecords.Format.CSV) {
            try (BulkFile header = new BulkFile(path, 0, 0)) {
                parser = BulkRecords.csv(header.next());
            } catch (IllegalArgumentException e) {
                job.setExitStatus("FAILED: " + e.getMessage());
                throw e;
            }
        } else {
            parser = BulkRecords.ndjson();
        }
        Position from = checkpoint instanceof Position position ? position
                : new Position(Long.parseLong(start), Long.parseLong(line));
        stop = Long.parseLong(end);
        totals.add(Long.parseLong(execution), checkpoint instanceof Position
                ? BulkFile.records(path, from.offset(), stop) : Long.parseLong(records));
        lines = new BulkFile(path, from.offset(), from.line() - 1);
    }

    @Override
    public Object readItem() throws IOException {
        while (lines.offset() < stop) {
            String text = lines.next();
            if (text == null) {
                return null;
            }
            if (!text.isBlank()) {
                return parser.parse(lines.number(), text);
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return new Position(lines.offset(), lines.number() + 1);
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
    }
}
