package dev.redtortoise.jobs.control;

import jakarta.batch.runtime.BatchRuntime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.List;

/**
 * Repairs what a kill leaves in the job repository of a partitioned step. The batch runtime (JBatch in
 * Payara 6) keeps the number of partitions in the step's status, but writes it only when the step ends:
 * after a kill it is missing, and the restart fails with a NullPointerException before any partition
 * resumes. The number is the count of the step's partition sub-jobs ({@code :instance:step:n}), so it is
 * written back into the stored status, which is a serialized {@code StepStatus} of the runtime's own
 * classes; only those, the batch API's and the JDK's basic classes are read.
 */
final class PartitionedSteps {

    static final List<String> TRUSTED = List.of("com.ibm.jbatch.container.", "jakarta.batch.runtime.", "java.lang.",
            "java.util.");

    private PartitionedSteps() {
    }

    /** The stored status with its number of partitions set. */
    static byte[] withPartitions(byte[] stored, int partitions) {
        try {
            Object status;
            try (ObjectInputStream in = new RuntimeObjects(new ByteArrayInputStream(stored))) {
                status = in.readObject();
            }
            status.getClass().getMethod("setNumPartitions", Integer.class).invoke(status, partitions);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(status);
            }
            return bytes.toByteArray();
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("the status of an interrupted partitioned step cannot be repaired: " + e, e);
        }
    }

    /** Reads with the batch runtime's class loader, and only trusted classes. */
    static final class RuntimeObjects extends ObjectInputStream {

        RuntimeObjects(InputStream in) throws IOException {
            super(in);
            setObjectInputFilter(info -> {
                Class<?> type = info.serialClass();
                while (type != null && type.isArray()) {
                    type = type.getComponentType();
                }
                if (type == null || type.isPrimitive()) {
                    return ObjectInputFilter.Status.UNDECIDED;
                }
                String name = type.getName();
                return TRUSTED.stream().anyMatch(name::startsWith) ? ObjectInputFilter.Status.ALLOWED
                        : ObjectInputFilter.Status.REJECTED;
            });
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(description.getName(), false,
                        BatchRuntime.getJobOperator().getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(description);
            }
        }
    }
}
