package dev.redtortoise.devservices;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresToolTest {

    @Test
    void unixModesBecomePosixPermissions() {
        assertThat(PostgresTool.permissions(0755)).isEqualTo("rwxr-xr-x");
        assertThat(PostgresTool.permissions(0640)).isEqualTo("rw-r-----");
    }

    @Test
    void aDatabaseNameThatWouldNeedQuotingIsRefusedBeforeAnySqlIsSent() {
        assertThatThrownBy(() -> PostgresTool.ensureDatabase("127.0.0.1", 1, "postgres", "", "x; DROP DATABASE y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower-case letters");
    }
}
