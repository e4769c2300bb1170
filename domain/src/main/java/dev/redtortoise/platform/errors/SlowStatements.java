package dev.redtortoise.platform.errors;

import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.spi.SqlStatementLogger;
import org.hibernate.internal.util.config.ConfigurationHelper;
import org.hibernate.resource.jdbc.spi.JdbcSessionContext;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.ServiceRegistryImplementor;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reports PostgreSQL statements that took longer than {@code RT_SLOW_QUERY_MS}, by their shape. Hibernate
 * times each statement itself when its slow query log is on; this replaces the logger it reports to, and
 * gets the SQL as prepared, with {@code ?} for every bound value (literals are cut out too, see
 * {@link StatementShapes#sql}). Hibernate finds it through its {@link ServiceContributor} service file; it
 * takes effect only while error tracking is on ({@code SENTRY_DSN}), as the MongoDB side does.
 */
public class SlowStatements extends SqlStatementLogger {

    private final long thresholdMillis;
    private volatile ErrorReports reports;

    SlowStatements(boolean logToStdout, boolean format, boolean highlight, long thresholdMillis) {
        super(logToStdout, format, highlight, thresholdMillis);
        this.thresholdMillis = thresholdMillis;
    }

    @Override
    public void logSlowQuery(String sql, long startTimeNanos, JdbcSessionContext context) {
        if (startTimeNanos <= 0) {
            return;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startTimeNanos);
        if (millis >= thresholdMillis) {
            reports().reportSlow("PostgreSQL", StatementShapes.sql(sql), millis);
        }
    }

    /** Looked up on the first slow statement: the persistence unit starts before the application's beans. */
    private ErrorReports reports() {
        if (reports == null) {
            reports = CDI.current().select(ErrorReports.class).get();
        }
        return reports;
    }

    /** Puts {@link SlowStatements} in Hibernate's service registry in place of its own logger. */
    public static class Contributor implements ServiceContributor {

        @Override
        public void contribute(StandardServiceRegistryBuilder registry) {
            Config config = ConfigProvider.getConfig();
            boolean tracking = config.getOptionalValue("sentry.dsn", String.class).filter(dsn -> !dsn.isBlank()).isPresent();
            long threshold = config.getOptionalValue("rt.slow-query-ms", Long.class).orElse(1000L);
            if (tracking && threshold > 0) {
                registry.addInitiator(new Initiator(threshold));
            }
        }
    }

    record Initiator(long thresholdMillis) implements StandardServiceInitiator<SqlStatementLogger> {

        @Override
        public Class<SqlStatementLogger> getServiceInitiated() {
            return SqlStatementLogger.class;
        }

        @Override
        public SqlStatementLogger initiateService(Map<String, Object> settings, ServiceRegistryImplementor registry) {
            return new SlowStatements(ConfigurationHelper.getBoolean(AvailableSettings.SHOW_SQL, settings),
                    ConfigurationHelper.getBoolean(AvailableSettings.FORMAT_SQL, settings),
                    ConfigurationHelper.getBoolean(AvailableSettings.HIGHLIGHT_SQL, settings), thresholdMillis);
        }
    }
}
