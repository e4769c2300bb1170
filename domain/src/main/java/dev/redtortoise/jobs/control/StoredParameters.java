package dev.redtortoise.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.List;
import java.util.Properties;

/**
 * The parameters an execution was started with, read from the job repository. The batch runtime's own
 * {@code JobExecution.getJobParameters()} answers null for an execution of an earlier process (seen with
 * Payara 6.2025.10 after a restart), yet a restart must be given them again: {@code #{jobParameters}} on a
 * restart are the restart's parameters only. The stored value is a serialized {@link Properties}; nothing
 * else is accepted when it is read back.
 */
@ApplicationScoped
@Transactional
public class StoredParameters {

    static final ObjectInputFilter ONLY_PROPERTIES = ObjectInputFilter.Config.createFilter(
            "java.util.Properties;java.util.Hashtable;java.util.Map$Entry;java.lang.String;maxdepth=3;maxrefs=10000;!*");

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    public Properties of(long executionId) {
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

    static Properties read(byte[] stored) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
            in.setObjectInputFilter(ONLY_PROPERTIES);
            return (Properties) in.readObject();
        }
    }
}
