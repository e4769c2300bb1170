package dev.redtortoise.jobs.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The orchestration instances sharing one job repository, as PostgreSQL knows them: each renews a lease
 * every few seconds while it lives ({@code RT_ORCHESTRATION_LEASE}, 30 s, without a renewal it is dead), and
 * each job instance belongs to the orchestration instance that started or restarted it last. An instance is
 * named by {@code RT_INSTANCE_NAME} (stable across its restarts: {@code ./tortoise} names it after the host
 * and port), else by its process id and host.
 */
@ApplicationScoped
@Transactional
public class Orchestrators {

    @Inject
    @ConfigProperty(name = "rt.instance.name")
    Optional<String> configuredName;

    @Inject
    @ConfigProperty(name = "rt.orchestration.lease", defaultValue = "PT30S")
    Duration lease;

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    private final Instant started = Instant.now();
    private String name;

    @PostConstruct
    void named() {
        name = configuredName.filter(value -> !value.isBlank()).map(String::strip)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName());
    }

    /** This instance's name. */
    public String name() {
        return name;
    }

    /** When this process started: a run its name owned from before then was left by its previous process. */
    public Instant started() {
        return started;
    }

    public Duration lease() {
        return lease;
    }

    /** Renews this instance's lease. */
    public void renew() {
        em.createNativeQuery("""
                        INSERT INTO orchestration_lease (instance, started_at, renewed_at) VALUES (?1, ?2, now())
                        ON CONFLICT (instance) DO UPDATE SET started_at = EXCLUDED.started_at, renewed_at = now()""")
                .setParameter(1, name)
                .setParameter(2, OffsetDateTime.ofInstant(started, ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Records that this instance runs the job instance from now on (after a start or restart). */
    public void own(long jobInstanceId) {
        em.createNativeQuery("""
                        INSERT INTO job_owner (job_instance_id, instance) VALUES (?1, ?2)
                        ON CONFLICT (job_instance_id) DO UPDATE SET instance = EXCLUDED.instance, since = now()""")
                .setParameter(1, jobInstanceId)
                .setParameter(2, name)
                .executeUpdate();
    }
}
