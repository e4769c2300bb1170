package dev.redtortoise.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bulk file line by line from a byte offset, knowing the offset and number of every line, in
 * constant memory: what lets a partition start in the middle of a file and a restart go on from a
 * checkpoint.
 */
final class BulkFile implements AutoCloseable {

    static final int BUFFER = 256 * 1024;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).flip();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private long offset;
    private long number;

    BulkFile(Path path, long offset, long number) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        channel.position(offset);
        this.offset = offset;
        this.number = number;
    }

    /** Where one partition starts (offset and first line number), and how many non-blank records it holds. */
    record Range(long offset, long line, long records) {
    }

    /** The partitions of a file, in order. */
    record Split(List<Range> ranges) {

        long records() {
            return ranges.stream().mapToLong(Range::records).sum();
        }
    }

    /**
     * Splits the file into at most {@code count} ranges of about equal size that start on line starts,
     * after the header line when there is one, in one pass that also counts each range's records.
     */
    static Split split(Path path, boolean header, int count) throws IOException {
        long size = Files.size(path);
        List<Range> ranges = new ArrayList<>();
        try (BulkFile lines = new BulkFile(path, 0, 0)) {
            if (header) {
                lines.next();
            }
            long offset = lines.offset();
            long first = lines.number() + 1;
            long records = 0;
            for (String line; (line = lines.next()) != null; ) {
                if (!line.isBlank()) {
                    records++;
                }
                if (ranges.size() + 1 < count && lines.offset() < size && lines.offset() >= size * (ranges.size() + 1) / count) {
                    ranges.add(new Range(offset, first, records));
                    offset = lines.offset();
                    first = lines.number() + 1;
                    records = 0;
                }
            }
            ranges.add(new Range(offset, first, records));
        }
        return new Split(ranges);
    }

    /** The non-blank records on the lines that start in [from, to): what a partition has left after a checkpoint. */
    static long records(Path path, long from, long to) throws IOException {
        long records = 0;
        try (BulkFile lines = new BulkFile(path, from, 0)) {
            while (lines.offset() < to) {
                String line = lines.next();
                if (line == null) {
                    break;
                }
                if (!line.isBlank()) {
                    records++;
                }
            }
        }
        return records;
    }

    /** The next line without its end (LF or CRLF), or null at the end of the file. */
    String next() throws IOException {
        line.reset();
        boolean ended = false;
        while (!ended) {
            if (!buffer.hasRemaining()) {
                buffer.clear();
                int read = channel.read(buffer);
                buffer.flip();
                if (read <= 0) {
                    break;
                }
            }
            byte[] bytes = buffer.array();
            int from = buffer.position();
            int to = from;
            while (to < buffer.limit() && bytes[to] != '\n') {
                to++;
            }
            line.write(bytes, from, to - from);
            ended = to < buffer.limit();
            int consumed = to - from + (ended ? 1 : 0);
            buffer.position(from + consumed);
            offset += consumed;
        }
        if (!ended && line.size() == 0) {
            return null;
        }
        number++;
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** The offset of the next line to read. */
    long offset() {
        return offset;
    }

    /** The number of the last line read (the first line of the file is 1). */
    long number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
