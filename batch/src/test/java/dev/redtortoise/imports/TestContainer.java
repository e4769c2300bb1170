package dev.redtortoise.imports;

import dev.redtortoise.accounts.control.AccountStore;
import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.feeds.control.FeedFetcher;
import dev.redtortoise.jobs.control.BatchRepository;
import dev.redtortoise.settings.control.CurrentSettings;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import org.jberet.creation.BatchCDIExtension;
import org.jberet.runtime.JobExecutionImpl;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The one Weld SE container of the batch tests, under the name JBeret SE looks for, and what the tests read
 * of the executions it runs.
 */
final class TestContainer {

    private TestContainer() {
    }

    static synchronized void boot() {
        if (WeldContainer.instance("STATIC_INSTANCE") == null) {
            // discovery off: only the artifacts under test, not every bean of the domain jar (JPA, MongoDB, ...);
            // AccountStore, AuditLog, CurrentSettings and BatchRepository only because FeedSources injects them
            // (their entity managers stay unset: never called here; the repository's check at start logs that)
            new Weld("STATIC_INSTANCE").disableDiscovery()
                    .addExtension(new BatchCDIExtension())
                    .addBeanClasses(BulkPartitions.class, BulkFileReader.class, FeedItemReader.class, ArticleMapper.class,
                            KeepingWriter.class, InMemorySources.class, InMemoryTotals.class, AccountStore.class, AuditLog.class, CurrentSettings.class, FeedFetcher.class,
                            ConfigDefaults.class, BatchRepository.class)
                    .initialize();
        }
    }

    static BatchStatus await(JobOperator operator, long execution) throws InterruptedException {
        ((JobExecutionImpl) operator.getJobExecution(execution)).awaitTermination(60, TimeUnit.SECONDS);
        return operator.getJobExecution(execution).getBatchStatus();
    }

    /** A metric summed over the execution's steps (and partitions). */
    static long metric(JobOperator operator, long execution, Metric.MetricType type) {
        return operator.getStepExecutions(execution).stream()
                .flatMap(step -> Arrays.stream(step.getMetrics()))
                .filter(metric -> metric.getType() == type)
                .mapToLong(Metric::getValue).sum();
    }
}
