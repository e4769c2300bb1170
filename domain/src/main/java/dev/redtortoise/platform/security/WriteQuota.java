package dev.redtortoise.platform.security;

import dev.redtortoise.platform.errors.Refusal;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts API writes per client address in PostgreSQL, so the limit holds across every API instance: past
 * {@code api.write-limit} writes within {@code api.write-window} (console settings, else
 * {@code RT_API_WRITE_LIMIT} and {@code RT_API_WRITE_WINDOW}) the next ones are refused with 429 and the
 * seconds until the window ends. One upsert per write; every 1,024th write of an instance also removes the
 * rows of windows long over, so the table holds about one row per client of the last hour.
 */
@ApplicationScoped
@Transactional
public class WriteQuota {

    static final int CLEAN_EVERY = 1024;

    @Inject
    CurrentSettings settings;

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    private final AtomicLong writes = new AtomicLong();

    /** Counts one write of this client; refuses it when the client is past the limit. */
    public void take(String client) {
        int limit = settings.integer(SettingKey.WRITE_LIMIT);
        if (limit == 0) {
            return;
        }
        Duration window = settings.duration(SettingKey.WRITE_WINDOW);
        OffsetDateTime windowOver = OffsetDateTime.now().minus(window);
        Object[] counted = (Object[]) em.createNativeQuery("""
                        INSERT INTO write_quota (client, writes, window_start) VALUES (?1, 1, now())
                        ON CONFLICT (client) DO UPDATE SET
                            writes = CASE WHEN write_quota.window_start <= ?2 THEN 1 ELSE write_quota.writes + 1 END,
                            window_start = CASE WHEN write_quota.window_start <= ?2 THEN now() ELSE write_quota.window_start END
                        RETURNING writes, extract(epoch FROM window_start)""")
                .setParameter(1, client)
                .setParameter(2, windowOver)
                .getSingleResult();
        if (writes.incrementAndGet() % CLEAN_EVERY == 0) {
            em.createNativeQuery("DELETE FROM write_quota WHERE window_start < ?1")
                    .setParameter(1, OffsetDateTime.now().minus(window).minusHours(1))
                    .executeUpdate();
        }
        if (((Number) counted[0]).intValue() > limit) {
            Duration wait = Duration.between(Instant.now(), Instant.ofEpochMilli(Math.round(((Number) counted[1]).doubleValue() * 1000)).plus(window));
            throw Refusal.tooManyAttempts("too many writes from this address; try again in "
                    + Math.max(1, wait.toSeconds()) + " s", wait.isNegative() ? Duration.ZERO : wait);
        }
    }
}
