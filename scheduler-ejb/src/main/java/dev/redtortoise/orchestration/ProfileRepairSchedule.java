package dev.redtortoise.orchestration;

import dev.redtortoise.accounts.boundary.Accounts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the public profiles that a MongoDB failure left pending (see {@link Accounts}), on the cron
 * schedule {@code rt.schedule.profile-repair}. Bean-managed: each account is its own short transaction.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ProfileRepairSchedule {

    static final int BATCH = 500;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "rt.schedule.profile-repair", defaultValue = "*/30 * * * * *")
    String cron;

    @Inject
    Accounts accounts;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(Cron.parse(cron), new TimerConfig("profile-repair", false));
    }

    @Timeout
    void repair() {
        accounts.repairProfiles(BATCH);
    }
}
