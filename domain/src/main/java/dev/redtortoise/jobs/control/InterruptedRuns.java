package dev.redtortoise.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.logging.Logger;

/**
 * Marks as FAILED the executions that the job repository still shows running when the orchestration part
 * starts: the process that ran them is gone (killed, crashed), and the batch runtime restarts only a FAILED
 * or STOPPED execution. Then an operator (or automation) restarts them, and each chunk step goes on from its
 * last checkpoint. Only correct with one orchestration instance per job repository, as the design has it.
 */
@ApplicationScoped
@Transactional
public class InterruptedRuns {

    static final String REASON = "FAILED: interrupted, the server stopped during the run";
    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    public int markFailed() {
        Object table = em.createNativeQuery("SELECT to_regclass('jbatchexecutioninstancedata')::text").getSingleResult();
        if (table == null) {
            return 0;
        }
        repairPartitionedSteps();
        int steps = em.createNativeQuery("""
                UPDATE jbatchstepexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?1, endtime = now()
                WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING')""").setParameter(1, REASON).executeUpdate();
        int executions = em.createNativeQuery("""
                UPDATE jbatchexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?1, endtime = now(),
                    updatetime = now()
                WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING')""").setParameter(1, REASON).executeUpdate();
        if (executions > 0) {
            LOG.warning(executions + " job executions (" + steps + " steps) were running when the server stopped: "
                    + "marked FAILED, ready to be restarted");
        }
        return executions;
    }

    /** See {@link PartitionedSteps}: the interrupted steps that have partition sub-jobs get their count back. */
    private void repairPartitionedSteps() {
        List<?> rows = em.createNativeQuery("""
                SELECT s.stepexecid, (SELECT count(*) FROM jbatchjobinstancedata p
                                      WHERE p.name LIKE ':' || e.jobinstanceid || ':' || s.stepname || ':%') AS partitions
                FROM jbatchstepexecutioninstancedata s
                JOIN jbatchexecutioninstancedata e ON e.jobexecid = s.jobexecid
                JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                WHERE s.batchstatus IN ('STARTING', 'STARTED', 'STOPPING') AND i.name NOT LIKE ':%'""").getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long step = ((Number) columns[0]).longValue();
            int partitions = ((Number) columns[1]).intValue();
            if (partitions == 0) {
                continue;
            }
            List<?> stored = em.createNativeQuery("SELECT obj FROM jbatchstepstatus WHERE id = ?1")
                    .setParameter(1, step).getResultList();
            if (!stored.isEmpty() && stored.get(0) != null) {
                em.createNativeQuery("UPDATE jbatchstepstatus SET obj = ?1 WHERE id = ?2")
                        .setParameter(1, PartitionedSteps.withPartitions((byte[]) stored.get(0), partitions))
                        .setParameter(2, step).executeUpdate();
                LOG.info(() -> "interrupted partitioned step " + step + ": its " + partitions + " partitions recorded");
            }
        }
    }
}
