package dev.redtortoise.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Payara's job repository (JBatch's {@code jbatch*} tables in PostgreSQL, through the application's pool),
 * read and repaired here and nowhere else: the tables are the runtime's, undocumented, and may change with
 * a Payara release. {@code JobOperator} cannot serve all of it: it shows an application only the job
 * instances it started (their {@code apptag}), forgets the parameters of an execution of an earlier process,
 * and cannot mark as FAILED a run whose process is gone. {@link #TABLES} is every table and column read or
 * written here; {@link #missing} compares a schema with it, checked at each start (a SEVERE log line) and by
 * the system tests against the tables Payara creates. Partition sub-jobs are job instances named
 * {@code :instance:step:n}; they are never listed as jobs of their own.
 */
@ApplicationScoped
@Transactional
public class BatchRepository {

    /** The tables and columns this class relies on, as the runtime names them. */
    public static final Map<String, Set<String>> TABLES = Map.of(
            "jbatchjobinstancedata", Set.of("jobinstanceid", "name"),
            "jbatchexecutioninstancedata", Set.of("jobexecid", "jobinstanceid", "createtime", "starttime", "endtime",
                    "updatetime", "parameters", "batchstatus", "exitstatus"),
            "jbatchstepexecutioninstancedata", Set.of("stepexecid", "jobexecid", "stepname", "batchstatus",
                    "exitstatus", "readcount", "writecount", "commitcount", "rollbackcount", "readskipcount",
                    "processskipcount", "writeskipcount", "starttime", "endtime"),
            "jbatchstepstatus", Set.of("id", "obj"));

    static final ObjectInputFilter ONLY_PROPERTIES = ObjectInputFilter.Config.createFilter(
            "java.util.Properties;java.util.Hashtable;java.util.Map$Entry;java.lang.String;maxdepth=3;maxrefs=10000;!*");
    static final String ACTIVE = "('STARTING', 'STARTED', 'STOPPING')";
    /**
     * The partition sub-job executions of a running execution {@code e}: a partitioned step's own counts are
     * written only when it ends; until then its partitions' steps (instances {@code :instance:step:n},
     * executions started since this one) hold them.
     */
    static final String PARTITIONS_OF_E = """
            SELECT pe.jobexecid FROM jbatchexecutioninstancedata pe
            JOIN jbatchjobinstancedata p ON p.jobinstanceid = pe.jobinstanceid
            WHERE p.name LIKE ':' || e.jobinstanceid || ':%' AND pe.jobexecid > e.jobexecid""";

    private static final Logger LOG = Logger.getLogger(BatchRepository.class.getName());

    /** An execution the repository shows running, with its job instance (a partition's is its job's). */
    public record Active(long executionId, long jobInstanceId, Instant created) {
    }

    /** What {@link #failInterrupted} marked FAILED. */
    public record Failed(int executions, int steps) {
    }

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    /** What the schema lacks of {@link #TABLES}, one line per missing table or column; empty when nothing. */
    public static List<String> missing(Map<String, Set<String>> schema) {
        List<String> missing = new ArrayList<>();
        new TreeMap<>(TABLES).forEach((table, columns) -> {
            Set<String> present = schema.get(table);
            if (present == null) {
                missing.add("table " + table);
            } else {
                new TreeSet<>(columns).stream().filter(column -> !present.contains(column))
                        .forEach(column -> missing.add("column " + table + "." + column));
            }
        });
        return missing;
    }

    /**
     * The check at start, outside a transaction: a failure of the check itself is logged, never a failed
     * deployment. The runtime creates its tables at its first use, so a schema without any is fine.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            if (!exists()) {
                LOG.info("the batch runtime has not created its job repository tables yet");
                return;
            }
            List<String> missing = missing(schema());
            if (missing.isEmpty()) {
                LOG.info(() -> "the job repository has every table and column this application relies on: "
                        + new TreeSet<>(TABLES.keySet()));
            } else {
                LOG.severe("the job repository lacks what this application reads and repairs (has Payara changed "
                        + "its batch tables?): " + missing + "; job listings and the repair of interrupted runs will fail");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "the job repository's tables could not be checked: " + e);
        }
    }

    private Map<String, Set<String>> schema() {
        Map<String, Set<String>> schema = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND table_name LIKE 'jbatch%'""").getResultList()) {
            Object[] c = (Object[]) row;
            schema.computeIfAbsent(c[0].toString(), table -> new TreeSet<>()).add(c[1].toString());
        }
        return schema;
    }

    /** The parameters an execution was started with: the stored value is a serialized {@link Properties}. */
    public Properties parameters(long executionId) {
        List<?> rows = em.createNativeQuery("SELECT parameters FROM jbatchexecutioninstancedata WHERE jobexecid = ?1")
                .setParameter(1, executionId).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return new Properties();
        }
        try {
            return read((byte[]) rows.get(0));
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("the parameters of job execution " + executionId
                    + " cannot be read from the job repository: " + e.getMessage(), e);
        }
    }

    /** One page of the job's executions, the newest first, each with its steps; no total known yet. */
    public List<JobHistory.Execution> executions(String job, int offset, int limit) {
        if (!exists()) {
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
        Map<Long, List<JobHistory.Step>> steps = steps(rows.stream().map(row -> number(((Object[]) row)[0])).toList());
        return rows.stream().map(row -> (Object[]) row).map(c -> new JobHistory.Execution(number(c[0]), number(c[1]),
                text(c[2]), text(c[3]), parameterMap(c[6]), instant(c[4]), instant(c[5]),
                steps.getOrDefault(number(c[0]), List.of()), new JobProgress(number(c[7]), null))).toList();
    }

    public long count(String job) {
        if (!exists()) {
            return 0;
        }
        return number(em.createNativeQuery("""
                        SELECT count(*) FROM jbatchexecutioninstancedata e
                        JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid WHERE i.name = ?1""")
                .setParameter(1, job).getSingleResult());
    }

    /** The executions running now, the newest first, their partitions' counts added; no total known yet. */
    public List<JobHistory.Running> running(int limit) {
        if (!exists()) {
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
        return rows.stream().map(row -> (Object[]) row).map(c -> new JobHistory.Running(number(c[0]), text(c[1]),
                text(c[2]), instant(c[3]), number(c[4]), number(c[5]), number(c[6]), new JobProgress(number(c[7]), null)))
                .toList();
    }

    /** The last failed executions, the most recently ended first. */
    public List<JobHistory.Failure> failures(int limit) {
        if (!exists()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT e.jobexecid, i.name, e.endtime, e.exitstatus
                        FROM jbatchexecutioninstancedata e JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                        WHERE e.batchstatus = 'FAILED' AND i.name NOT LIKE ':%'
                        ORDER BY e.endtime DESC NULLS LAST, e.jobexecid DESC LIMIT ?1""").setParameter(1, limit).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new JobHistory.Failure(number(c[0]), text(c[1]),
                instant(c[2]), text(c[3]))).toList();
    }

    /** Written and skipped items of the step of these jobs, per hour the step ended in, from {@code since} on. */
    public List<JobHistory.ImportHour> perHour(List<String> jobs, String step, Instant since) {
        if (!exists()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        SELECT date_trunc('hour', s.endtime), sum(s.writecount),
                               sum(s.readskipcount + s.processskipcount + s.writeskipcount)
                        FROM jbatchstepexecutioninstancedata s
                        JOIN jbatchexecutioninstancedata e ON e.jobexecid = s.jobexecid
                        JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                        WHERE i.name IN (?1) AND s.stepname = ?2 AND s.endtime >= ?3
                        GROUP BY 1""")
                .setParameter(1, jobs).setParameter(2, step).setParameter(3, Timestamp.from(since)).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new JobHistory.ImportHour(instant(c[0]), number(c[1]),
                number(c[2]))).toList();
    }

    /** Whether the repository shows the execution starting, started or stopping. */
    public boolean active(long executionId) {
        return exists() && !em.createNativeQuery("SELECT 1 FROM jbatchexecutioninstancedata WHERE jobexecid = ?1 "
                + "AND batchstatus IN " + ACTIVE).setParameter(1, executionId).getResultList().isEmpty();
    }

    /** Every execution the repository shows running, partitions' included. */
    public List<Active> active() {
        if (!exists()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                SELECT e.jobexecid, e.createtime,
                       CASE WHEN i.name LIKE ':%%' THEN split_part(i.name, ':', 2)::bigint ELSE i.jobinstanceid END
                FROM jbatchexecutioninstancedata e
                JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                WHERE e.batchstatus IN %s""".formatted(ACTIVE)).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new Active(number(c[0]), number(c[2]), instant(c[1])))
                .toList();
    }

    /**
     * Marks these executions and their running steps FAILED with the reason, so that they can be restarted.
     * An interrupted partitioned step first gets back its number of partitions (see {@link PartitionedSteps}).
     */
    public Failed failInterrupted(List<Long> executions, String reason) {
        repairPartitionedSteps(executions);
        int steps = em.createNativeQuery("UPDATE jbatchstepexecutioninstancedata SET batchstatus = 'FAILED', "
                        + "exitstatus = ?1, endtime = now() WHERE batchstatus IN " + ACTIVE + " AND jobexecid IN (?2)")
                .setParameter(1, reason).setParameter(2, executions).executeUpdate();
        int failed = em.createNativeQuery("UPDATE jbatchexecutioninstancedata SET batchstatus = 'FAILED', "
                        + "exitstatus = ?1, endtime = now(), updatetime = now() WHERE batchstatus IN " + ACTIVE
                        + " AND jobexecid IN (?2)")
                .setParameter(1, reason).setParameter(2, executions).executeUpdate();
        return new Failed(failed, steps);
    }

    private void repairPartitionedSteps(List<Long> executions) {
        List<?> rows = em.createNativeQuery("""
                SELECT s.stepexecid, (SELECT count(*) FROM jbatchjobinstancedata p
                                      WHERE p.name LIKE ':' || e.jobinstanceid || ':' || s.stepname || ':%%') AS partitions
                FROM jbatchstepexecutioninstancedata s
                JOIN jbatchexecutioninstancedata e ON e.jobexecid = s.jobexecid
                JOIN jbatchjobinstancedata i ON i.jobinstanceid = e.jobinstanceid
                WHERE s.batchstatus IN %s AND i.name NOT LIKE ':%%' AND e.jobexecid IN (?1)""".formatted(ACTIVE))
                .setParameter(1, executions).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long step = number(columns[0]);
            int partitions = (int) number(columns[1]);
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

    private Map<Long, List<JobHistory.Step>> steps(List<Long> executions) {
        Map<Long, List<JobHistory.Step>> steps = new HashMap<>();
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
            steps.computeIfAbsent(number(c[0]), ignored -> new ArrayList<>()).add(new JobHistory.Step(
                    text(c[1]), text(c[2]), text(c[3]), number(c[4]), number(c[5]), number(c[6]), number(c[7]),
                    number(c[8]), instant(c[9]), instant(c[10])));
        }
        return steps;
    }

    private boolean exists() {
        return em.createNativeQuery("SELECT to_regclass('jbatchexecutioninstancedata')::text").getSingleResult() != null;
    }

    static Properties read(byte[] stored) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
            in.setObjectInputFilter(ONLY_PROPERTIES);
            return (Properties) in.readObject();
        }
    }

    private static Map<String, String> parameterMap(Object stored) {
        Map<String, String> parameters = new TreeMap<>();
        if (stored instanceof byte[] bytes) {
            try {
                Properties given = read(bytes);
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
