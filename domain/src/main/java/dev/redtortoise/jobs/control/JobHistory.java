package dev.redtortoise.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
                            Map<String, String> parameters, Instant started, Instant ended, List<Step> steps,
                            JobProgress progress) {
    }

    /** One step of an execution, its skips of reading, processing and writing added up. */
    public record Step(String name, String status, String exitStatus, long read, long written, long skipped,
                       long commits, long rollbacks, Instant started, Instant ended) {
    }

    /**
     * The partition sub-job executions of a running execution {@code e}: a partitioned step's own counts are
     * written only when it ends; until then its partitions' steps (instances {@code :instance:step:n},
     * executions started since this one) hold them.
     */
    static final String PARTITIONS_OF_E = """
            SELECT pe.jobexecid FROM jbatchexecutioninstancedata pe
            JOIN jbatchjobinstancedata p ON p.jobinstanceid = pe.jobinstanceid
            WHERE p.name LIKE ':' || e.jobinstanceid || ':%' AND pe.jobexecid > e.jobexecid""";

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    @Inject
    JobTotals totals;

    /** One page of the job's executions, the newest first, each with its steps' counts. */
    public List<Execution> page(String job, int offset, int limit) {
        if (!repositoryExists()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT e.jobexecid, e.jobinstanceid, e.batchstatus, e.exitstatus, e.starttime, e.endtime,
                               e.parameters,
                               (SELECT coalesce(sum(s.readcount + s.readskipcount), 0) FROM jbatchstepexecutioninstancedata s
                                WHERE s.jobexecid = e.jobexecid OR (e.batchstatus IN ('STARTING', 'STARTED')
                                    AND s.jobexecid IN (""" + PARTITIONS_OF_E + """
                                    )))
                        FROM jbatchexecutioninstancedata e JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                        WHERE i.name = ?1 ORDER BY e.jobexecid DESC OFFSET ?2 LIMIT ?3""")
                .setParameter(1, job).setParameter(2, offset).setParameter(3, limit).getResultList();
        List<Long> ids = rows.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
        Map<Long, List<Step>> steps = steps(ids);
        Map<Long, Long> known = totals.of(ids);
        List<Execution> runs = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long execution = ((Number) columns[0]).longValue();
            runs.add(new Execution(execution, ((Number) columns[1]).longValue(), text(columns[2]), text(columns[3]),
                    parameters(columns[6]), instant(columns[4]), instant(columns[5]),
                    steps.getOrDefault(execution, List.of()), new JobProgress(number(columns[7]), known.get(execution))));
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

    /**
     * A running execution and what its steps (a partitioned step's partitions included) have done so far, and
     * how far that is of its total.
     */
    public record Running(long executionId, String job, String status, Instant started, long read, long written,
                          long skipped, JobProgress progress) {
    }

    /** A failed execution: when it ended and why (its exit status). */
    public record Failure(long executionId, String job, Instant ended, String reason) {
    }

    /** Items written and skipped by the import steps that ended in one hour (its start, as the repository's local time). */
    public record ImportHour(Instant hour, long written, long skipped) {
    }

    /**
     * The executions running now, the newest first, their partitions' counts added (see {@link #PARTITIONS_OF_E}).
     */
    public List<Running> running(int limit) {
        if (!repositoryExists()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT e.jobexecid, i.name, e.batchstatus, e.starttime,
                               coalesce(sum(s.readcount), 0), coalesce(sum(s.writecount), 0),
                               coalesce(sum(s.readskipcount + s.processskipcount + s.writeskipcount), 0),
                               coalesce(sum(s.readcount + s.readskipcount), 0)
                        FROM jbatchexecutioninstancedata e
                        JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                        LEFT JOIN jbatchstepexecutioninstancedata s ON s.jobexecid = e.jobexecid OR s.jobexecid IN (
                        """ + PARTITIONS_OF_E + """
                        )
                        WHERE e.batchstatus IN ('STARTING', 'STARTED') AND i.name NOT LIKE ':%'
                        GROUP BY e.jobexecid, i.name, e.batchstatus, e.starttime
                        ORDER BY e.jobexecid DESC LIMIT ?1""").setParameter(1, limit).getResultList();
        Map<Long, Long> known = totals.of(rows.stream().map(row -> number(((Object[]) row)[0])).toList());
        return rows.stream().map(row -> (Object[]) row).map(c -> new Running(number(c[0]), text(c[1]), text(c[2]),
                instant(c[3]), number(c[4]), number(c[5]), number(c[6]), new JobProgress(number(c[7]), known.get(number(c[0])))))
                .toList();
    }

    /** The last failed executions, the most recently ended first. */
    public List<Failure> failures(int limit) {
        if (!repositoryExists()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT e.jobexecid, i.name, e.endtime, e.exitstatus
                        FROM jbatchexecutioninstancedata e JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                        WHERE e.batchstatus = 'FAILED' AND i.name NOT LIKE ':%'
                        ORDER BY e.endtime DESC NULLS LAST, e.jobexecid DESC LIMIT ?1""").setParameter(1, limit).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new Failure(number(c[0]), text(c[1]), instant(c[2]),
                text(c[3]))).toList();
    }

    /**
     * Items written and skipped (rejected) per hour by the {@code import} step of these jobs, counted in the
     * hour the step ended, from {@code since} on; one row per hour that had any.
     */
    public List<ImportHour> importsPerHour(List<String> jobs, Instant since) {
        if (!repositoryExists()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT date_trunc('hour', s.endtime), sum(s.writecount),
                               sum(s.readskipcount + s.processskipcount + s.writeskipcount)
                        FROM jbatchstepexecutioninstancedata s
                        JOIN jbatchexecutioninstancedata e ON e.jobexecid = s.jobexecid
                        JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                        WHERE i.name IN (?1) AND s.stepname = 'import' AND s.endtime >= ?2
                        GROUP BY 1""")
                .setParameter(1, jobs).setParameter(2, Timestamp.from(since)).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new ImportHour(instant(c[0]), number(c[1]),
                number(c[2]))).toList();
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
