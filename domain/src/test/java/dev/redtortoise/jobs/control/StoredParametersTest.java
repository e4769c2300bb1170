package dev.redtortoise.jobs.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredParametersTest {

    @Test
    void theParametersAsTheBatchRuntimeStoresThemAreReadBack() throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty("source", "15");
        parameters.setProperty("file", "/data/big.ndjson");
        assertThat(StoredParameters.read(serialized(parameters))).isEqualTo(parameters);
    }

    @Test
    void anythingButPropertiesOfStringsIsRefusedBeforeItIsBuilt() throws Exception {
        assertThatThrownBy(() -> StoredParameters.read(serialized(new ArrayList<>(List.of("x")))))
                .isInstanceOf(InvalidClassException.class);
        Properties smuggling = new Properties();
        smuggling.put("payload", new Smuggled());
        assertThatThrownBy(() -> StoredParameters.read(serialized(smuggling)))
                .isInstanceOf(InvalidClassException.class);
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
