package dev.redtortoise.imports;

import dev.redtortoise.articles.entity.Article;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.redtortoise.imports.TestContainer.await;
import static dev.redtortoise.imports.TestContainer.metric;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk import's artifacts (partition mapper, reader with checkpoints, rules mapper) run by JBeret SE,
 * outside any server: partitions, skipped records, and a restart after a failed chunk.
 */
class BulkImportJobTest {

    static final int RECORDS = 5_000;

    @TempDir
    static Path dir;

    static Path file;

    @BeforeAll
    static void boot() throws IOException {
        TestContainer.boot();
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= RECORDS; i++) {
            lines.add("{\"id\":\"b-" + i + "\",\"title\":\"Article " + i + "\",\"body\":\"<p>" + "z".repeat(800)
                    + "</p><script>x()</script>\",\"tags\":[\"JVM\",\"t" + (i % 5) + "\"]}");
        }
        lines.add(1234, "{\"id\":\"broken\",");
        lines.add(3456, "{\"id\":\"no-title\",\"body\":\"b\"}");
        file = dir.resolve("articles.ndjson");
        Files.write(file, lines);
    }

    @BeforeEach
    void clear() {
        KeepingWriter.WRITTEN.clear();
        KeepingWriter.FAIL_ON.set(null);
    }

    @Test
    void everyRecordIsMappedOnceOverThePartitionsAndBadOnesAreSkipped() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start("bulk-import-test", parameters("3"));
        assertThat(await(operator, execution)).isEqualTo(BatchStatus.COMPLETED);

        Map<String, Article> written = byItem();
        assertThat(KeepingWriter.WRITTEN).hasSize(RECORDS);
        assertThat(written).hasSize(RECORDS);
        Article first = written.get("b-1");
        assertThat(first.tagList()).containsExactly("bulk", "java", "t1");
        assertThat(first.authorId()).isEqualTo(InMemorySources.OWNER);
        assertThat(first.body()).doesNotContain("<script");
        assertThat(metric(operator, execution, Metric.MetricType.READ_SKIP_COUNT)
                + metric(operator, execution, Metric.MetricType.PROCESS_SKIP_COUNT)).isEqualTo(2);
        assertThat(InMemoryTotals.TOTALS.get(execution)).as("the file's records, the two bad ones included")
                .isEqualTo(RECORDS + 2).isEqualTo(done(operator, execution));
    }

    @Test
    void aRunFailedInTheMiddleIsRestartedFromItsCheckpointsAndWritesEachRecordOnce() throws Exception {
        KeepingWriter.FAIL_ON.set("b-4000");
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start("bulk-import-test", parameters("2"));
        assertThat(await(operator, execution)).isEqualTo(BatchStatus.FAILED);
        int beforeRestart = KeepingWriter.WRITTEN.size();
        assertThat(beforeRestart).isBetween(1, RECORDS - 1);

        long restarted = operator.restart(execution, parameters("2"));
        assertThat(await(operator, restarted)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(KeepingWriter.WRITTEN).as("nothing written twice").hasSize(RECORDS);
        assertThat(byItem()).hasSize(RECORDS);
        long readAgain = metric(operator, restarted, Metric.MetricType.READ_COUNT);
        assertThat(readAgain).as("the restart read on from the checkpoints, not from the start")
                .isLessThan(RECORDS - beforeRestart + 100L);
        assertThat(InMemoryTotals.TOTALS.get(restarted)).as("the restart's total: what it had left to read")
                .isEqualTo(done(operator, restarted)).isLessThan(RECORDS + 2L);
    }

    /** What the console shows as done: records read, those skipped while reading included. */
    static long done(JobOperator operator, long execution) {
        return metric(operator, execution, Metric.MetricType.READ_COUNT)
                + metric(operator, execution, Metric.MetricType.READ_SKIP_COUNT);
    }

    private static Properties parameters(String partitions) {
        Properties parameters = new Properties();
        parameters.setProperty("source", "1");
        parameters.setProperty("file", file.toString());
        parameters.setProperty("partitions", partitions);
        return parameters;
    }

    private static Map<String, Article> byItem() {
        return KeepingWriter.WRITTEN.stream()
                .collect(Collectors.toMap(Article::itemId, Function.identity(), (a, b) -> a));
    }
}
