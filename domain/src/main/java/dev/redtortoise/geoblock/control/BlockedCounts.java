package dev.redtortoise.geoblock.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * Blocked requests per country, counted in memory on the request path and added to the day's row in
 * PostgreSQL in one statement per country now and then, so every instance's counts end up in one place.
 */
@ApplicationScoped
public class BlockedCounts {

    /** The code counted for an address the country database does not know. */
    public static final String UNKNOWN = "ZZ";
    private static final Logger LOG = Logger.getLogger(BlockedCounts.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    private final Map<String, LongAdder> pending = new ConcurrentHashMap<>();

    public void blocked(String country) {
        pending.computeIfAbsent(country, code -> new LongAdder()).increment();
    }

    /** Adds what was counted since the last call to today's rows (UTC); counts whose write fails are dropped: they are statistics. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void flush() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        pending.forEach((country, count) -> {
            long blocked = count.sumThenReset();
            if (blocked > 0) {
                em.createNativeQuery("""
                                INSERT INTO geo_block_count (day, country, blocked) VALUES (?1, ?2, ?3)
                                ON CONFLICT (day, country) DO UPDATE SET blocked = geo_block_count.blocked + EXCLUDED.blocked
                                """)
                        .setParameter(1, today).setParameter(2, country).setParameter(3, blocked).executeUpdate();
                LOG.fine(() -> blocked + " requests from " + country + " blocked");
            }
        });
    }
}
