package dev.redtortoise.orchestration;

import dev.redtortoise.jobs.boundary.Jobs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * This orchestration instance's lease, renewed at start and every 10 s (a non-persistent timer fires on every
 * instance, as it should here), each time followed by marking the runs of instances that are gone as FAILED:
 * at start, those this instance's previous process left running; later, those of an instance killed meanwhile,
 * once its lease ({@code RT_ORCHESTRATION_LEASE}) has run out.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class OrchestrationLease {

    private static final Logger LOG = Logger.getLogger(OrchestrationLease.class.getName());

    @Inject
    Jobs jobs;

    /** Also when the database or its migration is not ready yet: then the timer does it within 10 s. */
    @PostConstruct
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void renew() {
        try {
            jobs.renewLeaseAndFailInterrupted();
        } catch (RuntimeException e) {
            LOG.warning(() -> "the orchestration lease could not be renewed (next try within 10 s): " + e.getMessage());
        }
    }
}
