package dev.redtortoise.jobs.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchRepositoryTest {

    @Test
    void theParametersAsTheBatchRuntimeStoresThemAreReadBack() throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty("source", "15");
        parameters.setProperty("file", "/data/big.ndjson");
        assertThat(BatchRepository.read(serialized(parameters))).isEqualTo(parameters);
    }

    @Test
    void anythingButPropertiesOfStringsIsRefusedBeforeItIsBuilt() throws Exception {
        assertThatThrownBy(() -> BatchRepository.read(serialized(new ArrayList<>(List.of("x")))))
                .isInstanceOf(InvalidClassException.class);
        Properties smuggling = new Properties();
        smuggling.put("payload", new Smuggled());
        assertThatThrownBy(() -> BatchRepository.read(serialized(smuggling)))
                .isInstanceOf(InvalidClassException.class);
    }

    @Test
    void aSchemaWithEveryTableAndColumnLacksNothing() {
        Map<String, Set<String>> schema = new HashMap<>();
        BatchRepository.TABLES.forEach((table, columns) -> schema.put(table, new HashSet<>(columns)));
        schema.get("jbatchexecutioninstancedata").add("a_column_added_by_a_later_release");
        assertThat(BatchRepository.missing(schema)).isEmpty();
    }

    @Test
    void aRenamedColumnAndADroppedTableAreNamed() {
        Map<String, Set<String>> schema = new HashMap<>();
        BatchRepository.TABLES.forEach((table, columns) -> schema.put(table, new HashSet<>(columns)));
        schema.get("jbatchstepexecutioninstancedata").remove("readskipcount");
        schema.get("jbatchstepexecutioninstancedata").add("read_skip_count");
        schema.remove("jbatchstepstatus");
        assertThat(BatchRepository.missing(schema)).containsExactly(
                "column jbatchstepexecutioninstancedata.readskipcount", "table jbatchstepstatus");
    }

    static class Smuggled implements Serializable {
    }

    private static byte[] serialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
