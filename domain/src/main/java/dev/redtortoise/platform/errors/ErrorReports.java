package dev.redtortoise.platform.errors;

import io.sentry.Sentry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reports unexpected failures to Sentry ({@code SENTRY_DSN}; without one, only the log has them).
 * Every report carries an incident id that the user sees instead of a stack trace.
 */
@ApplicationScoped
public class ErrorReports {

    private static final Logger LOG = Logger.getLogger(ErrorReports.class.getName());

    @Inject
    @ConfigProperty(name = "sentry.dsn")
    Optional<String> dsn;

    @Inject
    @ConfigProperty(name = "sentry.environment", defaultValue = "local")
    String environment;

    @PostConstruct
    void start() {
        dsn.filter(value -> !value.isBlank()).ifPresent(value -> Sentry.init(options -> {
            options.setDsn(value);
            options.setEnvironment(environment);
            options.setSendDefaultPii(false);
        }));
    }

    /** Logs the failure with its incident id and sends it to Sentry when enabled. */
    public void report(String incident, Throwable failure) {
        LOG.log(Level.SEVERE, "unexpected failure, incident " + incident, failure);
        if (Sentry.isEnabled()) {
            Sentry.withScope(scope -> {
                scope.setTag("incident", incident);
                Sentry.captureException(failure);
            });
        }
    }
}
