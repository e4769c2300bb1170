package dev.redtortoise.platform.errors;

import io.sentry.Sentry;
import io.sentry.SentryOptions;
import io.sentry.jul.SentryHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The Sentry SDK of this part: started only when {@code SENTRY_DSN} is set (without one nothing is
 * initialised and no handler is added, so it costs nothing), closed when the part is undeployed. Events
 * carry the release (build version and commit), {@code SENTRY_ENVIRONMENT} and the part; every event and
 * transaction passes the {@link SecretScrubber} last. Our own loggers' SEVERE records become events, and
 * INFO and above breadcrumbs, through sentry-jul's handler.
 */
@ApplicationScoped
public class ErrorTracking {

    private static final Logger LOG = Logger.getLogger(ErrorTracking.class.getName());
    /** Where our code logs: the handler hangs here, not on the root, so the server's own noise stays out. */
    static final String OUR_LOGGERS = "dev.redtortoise";
    /** Environment variables whose values must never leave the process, whatever text they end up in. */
    static final List<String> SECRET_VARIABLES = List.of("RT_DB_PASSWORD", "RT_ARTEMIS_PASSWORD",
            "RT_ADMIN_PASSWORD", "RT_JWT_SECRET", "RT_JWT_PREVIOUS_SECRET", "RT_MONGO_URL", "RT_DB_URL");

    @Inject
    @ConfigProperty(name = "sentry.dsn")
    Optional<String> dsn;

    @Inject
    @ConfigProperty(name = "sentry.environment", defaultValue = "local")
    String environment;

    @Inject
    @ConfigProperty(name = "rt.sentry.traces-sample-rate", defaultValue = "0")
    double tracesSampleRate;

    @Inject
    @ConfigProperty(name = "rt.part", defaultValue = "redtortoise")
    String part;

    private SentryHandler handler;

    /** Starts the SDK with the application, not with the first failure, so everything before it counts. */
    void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // observing on this bean creates it, which is all it takes
    }

    @PostConstruct
    void start() {
        if (dsn.filter(value -> !value.isBlank()).isEmpty()) {
            return;
        }
        SecretScrubber scrubber = new SecretScrubber(SECRET_VARIABLES.stream().map(System::getenv).toList());
        SentryOptions options = new SentryOptions();
        options.setDsn(dsn.get().trim());
        options.setEnvironment(environment);
        options.setRelease(release());
        options.setSendDefaultPii(false);
        options.setTracesSampleRate(Math.max(0, Math.min(1, tracesSampleRate)));
        // several parts share one JVM on Payara Micro: no JVM-wide hooks that outlive this part's class loader
        options.setEnableUncaughtExceptionHandler(false);
        options.setEnableShutdownHook(false);
        options.setTag("part", part);
        options.setBeforeSend((event, hint) -> scrubber.scrub(event));
        options.setBeforeSendTransaction((transaction, hint) -> scrubber.scrub(transaction));
        options.setBeforeBreadcrumb((crumb, hint) -> {
            crumb.setMessage(scrubber.text(crumb.getMessage()));
            return crumb;
        });
        // the handler initialises the SDK with these options (its no-argument constructor would read them
        // from the environment, and throws without a DSN)
        handler = new SentryHandler(options, false);
        handler.setMinimumEventLevel(Level.SEVERE);
        handler.setMinimumBreadcrumbLevel(Level.INFO);
        Filter sentrysOwn = handler.getFilter();
        ClassLoader ours = ErrorTracking.class.getClassLoader();
        handler.setFilter(record -> (sentrysOwn == null || sentrysOwn.isLoggable(record)) && fromThisPart(record, ours));
        Logger.getLogger(OUR_LOGGERS).addHandler(handler);
        LOG.info(() -> "error tracking on: Sentry, environment " + environment + ", release " + options.getRelease()
                + ", traces sample rate " + options.getTracesSampleRate());
    }

    /**
     * Every part adds a handler to the one JVM-wide logger, so a record counts for the part whose thread
     * logged it; and ErrorReports' own records were sent already.
     */
    static boolean fromThisPart(LogRecord record, ClassLoader ours) {
        if (ErrorReports.class.getName().equals(record.getLoggerName())) {
            return false;
        }
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader == ours) {
                return true;
            }
        }
        return false;
    }

    @PreDestroy
    void stop() {
        if (handler != null) {
            Logger.getLogger(OUR_LOGGERS).removeHandler(handler);
            Sentry.close();
            handler = null;
        }
    }

    /** Whether events are sent; for callers that would otherwise prepare data for nothing. */
    public boolean enabled() {
        return handler != null && Sentry.isEnabled();
    }

    /** Whether request and job traces are worth starting at all. */
    public boolean tracing() {
        return enabled() && tracesSampleRate > 0;
    }

    /** {@code redtortoise@VERSION+COMMIT} from the build (build.properties, written by the domain's build). */
    static String release() {
        Properties build = new Properties();
        try (InputStream in = ErrorTracking.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            LOG.warning(() -> "build.properties unreadable: " + e.getMessage());
        }
        String version = build.getProperty("version", "unknown");
        String commit = build.getProperty("commit", "");
        return "redtortoise@" + version + (commit.isBlank() ? "" : "+" + commit);
    }
}
