package dev.redtortoise.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Marks as FAILED the executions that the job repository still shows running although the process that ran
 * them is gone (killed, crashed): the batch runtime restarts only a FAILED or STOPPED execution. Then an
 * operator (or automation) restarts them, and each chunk step goes on from its last checkpoint. With several
 * orchestration instances on one repository, a run counts as interrupted only when its owner (see
 * {@link Orchestrators}) is this instance's previous process, or an instance whose lease has expired, or
 * nobody for longer than a lease (a run started before owners were recorded); a run that a live instance is
 * executing is never touched. A partition's own execution belongs to its job's owner.
 */
@ApplicationScoped
@Transactional
public class InterruptedRuns {

    static final String REASON = "FAILED: interrupted, the server stopped during the run";
    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    public int markFailed(String instance, Instant processStart, Duration lease) {
        Object table = em.createNativeQuery("SELECT to_regclass('jbatchexecutioninstancedata')::text").getSingleResult();
        if (table == null) {
            return 0;
        }
        List<Long> interrupted = interrupted(instance, processStart, lease);
        if (interrupted.isEmpty()) {
            return 0;
        }
        repairPartitionedSteps(interrupted);
        int steps = em.createNativeQuery("""
                UPDATE jbatchstepexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?1, endtime = now()
                WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING') AND jobexecid IN (?2)""")
                .setParameter(1, REASON).setParameter(2, interrupted).executeUpdate();
        int executions = em.createNativeQuery("""
                UPDATE jbatchexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?1, endtime = now(),
                    updatetime = now()
                WHERE batchstatus IN ('STARTING', 'STARTED', 'STOPPING') AND jobexecid IN (?2)""")
                .setParameter(1, REASON).setParameter(2, interrupted).executeUpdate();
        LOG.warning(executions + " job executions (" + steps + " steps) were running on a server that is gone: "
                + "marked FAILED, ready to be restarted");
        return executions;
    }

    /** The running executions whose process is gone, by the rules above. */
    private List<Long> interrupted(String instance, Instant processStart, Duration lease) {
        List<?> rows = em.createNativeQuery("""
                WITH running AS (
                    SELECT e.jobexecid, e.createtime,
                           CASE WHEN i.name LIKE ':%' THEN split_part(i.name, ':', 2)::bigint ELSE i.jobinstanceid END AS job
                    FROM jbatchexecutioninstancedata e
                    JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                    WHERE e.batchstatus IN ('STARTING', 'STARTED', 'STOPPING'))
                SELECT r.jobexecid FROM running r
                LEFT JOIN job_owner o ON o.job_instance_id = r.job
                LEFT JOIN orchestration_lease l ON l.instance = o.instance
                WHERE (o.instance IS NULL AND r.createtime < ?1)
                   OR (o.instance = ?2 AND o.since < ?3)
                   OR (o.instance <> ?2 AND (l.renewed_at IS NULL OR l.renewed_at < ?4))""")
                .setParameter(1, LocalDateTime.now().minus(lease))
                .setParameter(2, instance)
                .setParameter(3, OffsetDateTime.ofInstant(processStart, ZoneOffset.UTC))
                .setParameter(4, OffsetDateTime.now().minus(lease))
                .getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** See {@link PartitionedSteps}: the interrupted steps that have partition sub-jobs get their count back. */
    private void repairPartitionedSteps(List<Long> executions) {
        List<?> rows = em.createNativeQuery("""
                SELECT s.stepexecid, (SELECT count(*) FROM jbatchjobinstancedata p
                                      WHERE p.name LIKE ':' || e.jobinstanceid || ':' || s.stepname || ':%') AS partitions
                FROM jbatchstepexecutioninstancedata s
                JOIN jbatchexecutioninstancedata e ON e.jobexecid = s.jobexecid
                JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                WHERE s.batchstatus IN ('STARTING', 'STARTED', 'STOPPING') AND i.name NOT LIKE ':%'
                  AND e.jobexecid IN (?1)""").setParameter(1, executions).getResultList();
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
