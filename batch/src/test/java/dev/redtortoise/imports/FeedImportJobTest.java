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
import java.util.Properties;

import static dev.redtortoise.imports.TestContainer.await;
import static dev.redtortoise.imports.TestContainer.metric;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed import's artifacts (feed reader with its fetcher and parser, rules mapper) run by JBeret SE,
 * outside any server: an RSS file read, mapped and cleaned, a bad item skipped, and a restart after a
 * failed chunk that goes on from the checkpoint.
 */
class FeedImportJobTest {

    static final int ITEMS = 50;

    @TempDir
    static Path dir;

    @BeforeAll
    static void boot() throws IOException {
        TestContainer.boot();
        StringBuilder feed = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Test feed</title><link>https://example.org</link>
                <description>d</description>
                """);
        for (int i = 1; i <= ITEMS; i++) {
            feed.append("<item><guid>item-").append(i).append("</guid>")
                    .append(i == 17 ? "" : "<title>Item " + i + "</title>")
                    .append("<category>JVM</category><pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate>")
                    .append("<description><![CDATA[<p onclick=\"x()\">Body ").append(i)
                    .append("</p><script>alert(1)</script>]]></description></item>\n");
        }
        feed.append("</channel></rss>\n");
        Path file = dir.resolve("feed.xml");
        Files.writeString(file, feed);
        InMemorySources.FEED.set(file.toString());
    }

    @BeforeEach
    void clear() {
        KeepingWriter.WRITTEN.clear();
        KeepingWriter.FAIL_ON.set(null);
    }

    @Test
    void everyItemIsMappedUnderTheSourcesRulesAndAnItemWithoutTitleIsSkipped() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start("feed-import-test", source());
        assertThat(await(operator, execution)).isEqualTo(BatchStatus.COMPLETED);

        assertThat(KeepingWriter.WRITTEN).hasSize(ITEMS - 1);
        assertThat(KeepingWriter.WRITTEN.stream().map(Article::itemId)).doesNotContain("item-17").doesNotHaveDuplicates();
        Article first = KeepingWriter.WRITTEN.peek();
        assertThat(first.itemId()).isEqualTo("item-1");
        assertThat(first.title()).isEqualTo("Item 1");
        assertThat(first.body()).isEqualTo("<p>Body 1</p>");
        assertThat(first.tagList()).containsExactly("bulk", "java");
        assertThat(first.authorId()).isEqualTo(InMemorySources.OWNER);
        assertThat(metric(operator, execution, Metric.MetricType.PROCESS_SKIP_COUNT)).isOne();
        assertThat(InMemoryTotals.TOTALS.get(execution)).as("every item of the feed").isEqualTo(ITEMS)
                .isEqualTo(BulkImportJobTest.done(operator, execution));
    }

    @Test
    void aRunFailedInTheMiddleIsRestartedFromItsCheckpointAndWritesEachItemOnce() throws Exception {
        KeepingWriter.FAIL_ON.set("item-35");
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start("feed-import-test", source());
        assertThat(await(operator, execution)).isEqualTo(BatchStatus.FAILED);
        assertThat(KeepingWriter.WRITTEN).as("the chunks before the failed one").hasSize(29);

        long restarted = operator.restart(execution, source());
        assertThat(await(operator, restarted)).isEqualTo(BatchStatus.COMPLETED);
        assertThat(KeepingWriter.WRITTEN).hasSize(ITEMS - 1);
        assertThat(KeepingWriter.WRITTEN.stream().map(Article::itemId)).doesNotHaveDuplicates();
        assertThat(metric(operator, restarted, Metric.MetricType.READ_COUNT))
                .as("read on from the checkpoint after item 30").isEqualTo(ITEMS - 30);
        assertThat(InMemoryTotals.TOTALS.get(restarted)).as("the restart's total: the items after the checkpoint")
                .isEqualTo(ITEMS - 30);
    }

    private static Properties source() {
        Properties parameters = new Properties();
        parameters.setProperty("source", "2");
        return parameters;
    }
}
