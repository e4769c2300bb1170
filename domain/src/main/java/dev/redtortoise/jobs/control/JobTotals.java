package dev.redtortoise.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The number of items each import execution has to read, as its readers learn it: each adds what it will
 * read (a bulk partition its range, or on a restart what lies after its checkpoint; the feed reader the
 * items after its checkpoint), so a restart's total is what the restart reads, whichever partitions run
 * again. Written in a transaction of its own: a chunk rolled back does not take the total with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobTotals {

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    /** Adds items to the execution's total (the first reader to add creates it). */
    public void add(long executionId, long items) {
        em.createNativeQuery("""
                        INSERT INTO job_total (execution_id, total) VALUES (?1, ?2)
                        ON CONFLICT (execution_id) DO UPDATE SET total = job_total.total + excluded.total, recorded_at = now()""")
                .setParameter(1, executionId).setParameter(2, items).executeUpdate();
    }

    /** The totals known of these executions; an execution without one is left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> of(Collection<Long> executionIds) {
        Map<Long, Long> totals = new HashMap<>();
        if (executionIds.isEmpty()) {
            return totals;
        }
        List<?> rows = em.createNativeQuery("SELECT execution_id, total FROM job_total WHERE execution_id IN (?1)")
                .setParameter(1, executionIds).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            totals.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return totals;
    }
}
