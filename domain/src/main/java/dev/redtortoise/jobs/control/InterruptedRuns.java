package dev.redtortoise.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Who owns a job instance, and whether that owner is gone by the rules above. */
    private record Owner(String instance, boolean ownedBeforeThisProcess, boolean leaseExpired) {
    }

    @Inject
    BatchRepository repository;

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    public int markFailed(String instance, Instant processStart, Duration lease) {
        List<BatchRepository.Active> active = repository.active();
        if (active.isEmpty()) {
            return 0;
        }
        Map<Long, Owner> owners = owners(active.stream().map(BatchRepository.Active::jobInstanceId).distinct().toList(),
                processStart, lease);
        Instant unownedSince = Instant.now().minus(lease);
        List<Long> interrupted = active.stream().filter(run -> {
            Owner owner = owners.get(run.jobInstanceId());
            if (owner == null) {
                return run.created() != null && run.created().isBefore(unownedSince);
            }
            return owner.instance().equals(instance) ? owner.ownedBeforeThisProcess() : owner.leaseExpired();
        }).map(BatchRepository.Active::executionId).toList();
        if (interrupted.isEmpty()) {
            return 0;
        }
        BatchRepository.Failed failed = repository.failInterrupted(interrupted, REASON);
        LOG.warning(failed.executions() + " job executions (" + failed.steps() + " steps) were running on a server "
                + "that is gone: marked FAILED, ready to be restarted");
        return failed.executions();
    }

    private Map<Long, Owner> owners(List<Long> jobInstances, Instant processStart, Duration lease) {
        List<?> rows = em.createNativeQuery("""
                        SELECT o.job_instance_id, o.instance, o.since < ?2, l.renewed_at IS NULL OR l.renewed_at < ?3
                        FROM job_owner o LEFT JOIN orchestration_lease l ON l.instance = o.instance
                        WHERE o.job_instance_id IN (?1)""")
                .setParameter(1, jobInstances)
                .setParameter(2, OffsetDateTime.ofInstant(processStart, ZoneOffset.UTC))
                .setParameter(3, OffsetDateTime.now().minus(lease))
                .getResultList();
        Map<Long, Owner> owners = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            owners.put(((Number) c[0]).longValue(), new Owner(c[1].toString(), (Boolean) c[2], (Boolean) c[3]));
        }
        return owners;
    }
}
