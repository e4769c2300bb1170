package dev.redtortoise.accounts.control;

import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.platform.metrics.BusinessMetrics;
import dev.redtortoise.settings.control.CurrentSettings;
import dev.redtortoise.settings.entity.SettingKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Counts failed sign-ins per e-mail address in PostgreSQL, so the limit holds across every API instance:
 * after the settings {@code login.max-failures} failures within {@code login.window} (changed in the console,
 * else {@code RT_LOGIN_MAX_FAILURES} and {@code RT_LOGIN_WINDOW}), sign-ins for that address are refused
 * until the window ends, before any password is checked.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    @Inject
    CurrentSettings settings;

    @Inject
    BusinessMetrics metrics;

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    public void checkAllowed(String email) {
        int maxFailures = settings.integer(SettingKey.LOGIN_MAX_FAILURES);
        Duration window = settings.duration(SettingKey.LOGIN_WINDOW);
        List<?> rows = em.createNativeQuery(
                        "SELECT window_start FROM login_failure WHERE email = ?1 AND failures >= ?2 AND window_start > ?3")
                .setParameter(1, key(email))
                .setParameter(2, maxFailures)
                .setParameter(3, OffsetDateTime.now().minus(window))
                .getResultList();
        if (!rows.isEmpty()) {
            Instant start = toInstant(rows.get(0));
            Duration wait = Duration.between(Instant.now(), start.plus(window));
            throw Refusal.tooManyAttempts("too many failed sign-ins for this email; try again later",
                    wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    public void failed(String email) {
        metrics.loginFailed(BusinessMetrics.API);
        em.createNativeQuery("""
                        INSERT INTO login_failure (email, failures, window_start) VALUES (?1, 1, now())
                        ON CONFLICT (email) DO UPDATE SET
                            failures = CASE WHEN login_failure.window_start <= ?2 THEN 1 ELSE login_failure.failures + 1 END,
                            window_start = CASE WHEN login_failure.window_start <= ?2 THEN now() ELSE login_failure.window_start END""")
                .setParameter(1, key(email))
                .setParameter(2, OffsetDateTime.now().minus(settings.duration(SettingKey.LOGIN_WINDOW)))
                .executeUpdate();
    }

    public void succeeded(String email) {
        em.createNativeQuery("DELETE FROM login_failure WHERE email = ?1").setParameter(1, key(email)).executeUpdate();
    }

    static String key(String email) {
        String key = email.trim().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
