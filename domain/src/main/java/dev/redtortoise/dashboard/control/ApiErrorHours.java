package dev.redtortoise.dashboard.control;

import dev.redtortoise.dashboard.entity.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The table {@code api_error_hour}: error responses per hour and class, added to by every API instance. */
@ApplicationScoped
@Transactional
public class ApiErrorHours {

    public static final String SERVER_ERRORS = "5xx";
    public static final String CLIENT_ERRORS = "4xx";

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    /** Adds this many responses to the hour's count, whichever instance added to it before. */
    public void add(Instant hour, String statusClass, long responses) {
        em.createNativeQuery("""
                        INSERT INTO api_error_hour (hour, status_class, responses) VALUES (?1, ?2, ?3)
                        ON CONFLICT (hour, status_class) DO UPDATE SET responses = api_error_hour.responses + EXCLUDED.responses""")
                .setParameter(1, OffsetDateTime.ofInstant(hour, ZoneOffset.UTC)).setParameter(2, statusClass)
                .setParameter(3, responses).executeUpdate();
    }

    /** The hours from {@code from} on, 5xx as the primary count, 4xx as the secondary; one row per hour that had any. */
    public List<Bucket> since(Instant from) {
        List<?> rows = em.createNativeQuery("""
                        SELECT hour, sum(CASE WHEN status_class = '5xx' THEN responses ELSE 0 END),
                               sum(CASE WHEN status_class = '4xx' THEN responses ELSE 0 END)
                        FROM api_error_hour WHERE hour >= ?1 GROUP BY hour""")
                .setParameter(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC)).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(columns -> new Bucket(instant(columns[0]),
                ((Number) columns[1]).longValue(), ((Number) columns[2]).longValue())).toList();
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
