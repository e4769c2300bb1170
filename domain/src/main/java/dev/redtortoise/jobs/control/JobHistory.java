package dev.redtortoise.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A job's executions, page by page, read from the job repository's tables. {@code JobOperator} cannot serve
 * another part: Payara's batch runtime shows an application only the job instances it started (their
 * {@code apptag}), and the console is not the orchestration part that starts them. The tables are the
 * runtime's; like {@link InterruptedRuns} and {@link StoredParameters}, this reads only the columns the
 * operator's own listing reads. Partition sub-jobs (instance names starting with ':') are not listed.
 */
@ApplicationScoped
@Transactional
public class JobHistory {

    /** One execution as the repository holds it. */
    public record Execution(long executionId, long instanceId, String status, String exitStatus,
                            Map<String, String> parameters, Instant started, Instant ended, List<Step> steps) {
    }

    /** One step of an execution, its skips of reading, processing and writing added up. */
    public record Step(String name, String status, String exitStatus, long read, long written, long skipped,
                       long commits, long rollbacks, Instant started, Instant ended) {
    }

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    /** One page of the job's executions, the newest first, each with its steps' counts. */
    public List<Execution> page(String job, int offset, int limit) {
        if (!repositoryExists()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT e.jobexecid, e.jobinstanceid, e.batchstatus, e.exitstatus, e.starttime, e.endtime,
                               e.parameters
                        FROM jbatchexecutioninstancedata e JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                        WHERE i.name = ?1 ORDER BY e.jobexecid DESC OFFSET ?2 LIMIT ?3""")
                .setParameter(1, job).setParameter(2, offset).setParameter(3, limit).getResultList();
        List<Long> ids = rows.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
        Map<Long, List<Step>> steps = steps(ids);
        List<Execution> runs = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long execution = ((Number) columns[0]).longValue();
            runs.add(new Execution(execution, ((Number) columns[1]).longValue(), text(columns[2]), text(columns[3]),
                    parameters(columns[6]), instant(columns[4]), instant(columns[5]),
                    steps.getOrDefault(execution, List.of())));
        }
        return runs;
    }

    public long count(String job) {
        if (!repositoryExists()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM jbatchexecutioninstancedata e
                        JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid WHERE i.name = ?1""")
                .setParameter(1, job).getSingleResult()).longValue();
    }

    private Map<Long, List<Step>> steps(List<Long> executions) {
        Map<Long, List<Step>> steps = new HashMap<>();
        if (executions.isEmpty()) {
            return steps;
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT jobexecid, stepname, batchstatus, exitstatus, readcount, writecount,
                               readskipcount + processskipcount + writeskipcount, commitcount, rollbackcount,
                               starttime, endtime
                        FROM jbatchstepexecutioninstancedata WHERE jobexecid IN (?1) ORDER BY stepexecid""")
                .setParameter(1, executions).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            steps.computeIfAbsent(((Number) c[0]).longValue(), ignored -> new ArrayList<>()).add(new Step(
                    text(c[1]), text(c[2]), text(c[3]), number(c[4]), number(c[5]), number(c[6]), number(c[7]),
                    number(c[8]), instant(c[9]), instant(c[10])));
        }
        return steps;
    }

    private boolean repositoryExists() {
        return em.createNativeQuery("SELECT to_regclass('jbatchexecutioninstancedata')::text").getSingleResult() != null;
    }

    private static Map<String, String> parameters(Object stored) {
        Map<String, String> parameters = new TreeMap<>();
        if (stored instanceof byte[] bytes) {
            try {
                Properties given = StoredParameters.read(bytes);
                given.stringPropertyNames().forEach(name -> parameters.put(name, given.getProperty(name)));
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                parameters.put("?", "unreadable: " + e.getMessage());
            }
        }
        return parameters;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().trim();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The runtime writes local times without a zone, through {@code java.sql.Timestamp}: read them back the same way. */
    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Instant instant ? instant : null;
    }
}
