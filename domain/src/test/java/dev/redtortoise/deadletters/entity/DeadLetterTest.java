package dev.redtortoise.deadletters.entity;

import dev.redtortoise.platform.errors.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadLetterTest {

    static DeadLetter letter(String body) {
        return new DeadLetter("ID:4b1e-77", "DLQ.rt.job.requests", "rt.job.requests", false, "run-job", "bus-1",
                Instant.parse("2026-11-30T12:00:00Z"), 5, body, Map.of("rtType", "run-job"));
    }

    @Test
    void theAuditSummaryNamesTheMessageAndKeepsOnlyTheStartOfItsBody() {
        JsonObject summary;
        try (var reader = Json.createReader(new StringReader(letter("x".repeat(2_000)).summary()))) {
            summary = reader.readObject();
        }
        assertThat(summary.getString("id")).isEqualTo("ID:4b1e-77");
        assertThat(summary.getString("originalAddress")).isEqualTo("rt.job.requests");
        assertThat(summary.getString("type")).isEqualTo("run-job");
        assertThat(summary.getString("busId")).isEqualTo("bus-1");
        assertThat(summary.getString("sentAt")).isEqualTo("2026-11-30T12:00:00Z");
        assertThat(summary.getString("body")).hasSize(DeadLetter.AUDITED_BODY + 1).endsWith("…");
    }

    @Test
    void anIdThatCouldBreakOutOfTheSelectorIsRefused() {
        assertThat(DeadLetter.checkedId("ID:0680bf5f-ecc1-11f1-8517-02fc00000001"))
                .isEqualTo("ID:0680bf5f-ecc1-11f1-8517-02fc00000001");
        assertThatThrownBy(() -> DeadLetter.checkedId("x' OR '1'='1")).isInstanceOf(Refusal.class)
                .hasMessageContaining("id must be a message id");
        assertThatThrownBy(() -> DeadLetter.checkedId("")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> DeadLetter.checkedId("ID:" + "a".repeat(200))).isInstanceOf(Refusal.class);
    }
}
