package dev.redtortoise.orchestration;

import dev.redtortoise.jobs.boundary.Jobs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/** When the orchestration part starts, the runs its previous process left running are marked FAILED. */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class InterruptedRunsRecovery {

    @Inject
    Jobs jobs;

    @PostConstruct
    void recover() {
        jobs.failInterrupted();
    }
}
