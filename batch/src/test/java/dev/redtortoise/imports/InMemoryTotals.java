package dev.redtortoise.imports;

import dev.redtortoise.jobs.control.JobTotals;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The executions' totals held in memory, added to as {@link JobTotals} adds to its table (which the system tests cover). */
@ApplicationScoped
public class InMemoryTotals extends JobTotals {

    static final Map<Long, Long> TOTALS = new ConcurrentHashMap<>();

    @Override
    public void add(long executionId, long items) {
        TOTALS.merge(executionId, items, Long::sum);
    }

    @Override
    public Map<Long, Long> of(Collection<Long> executionIds) {
        return Map.copyOf(TOTALS);
    }
}
