package dev.redtortoise.schedules.entity;

import dev.redtortoise.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScheduleTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aValidChangeIsKeptWithWhoMadeItAndTheNextTimesComeInItsZone() {
        Schedule purge = new Schedule("purge", "purge", "0 30 3 * * *", "UTC");
        purge.change(" 0 0  4 * * * ", "Europe/Berlin", false, Map.of("retention", "P7D"), Schedule.Origin.CONSOLE,
                "alice", NOW);
        assertThat(purge.cron()).isEqualTo("0 0 4 * * *");
        assertThat(purge.zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(purge.enabled()).isFalse();
        assertThat(purge.parameters()).containsExactly(Map.entry("retention", "P7D"));
        assertThat(purge.origin().byStaff()).isTrue();
        assertThat(purge.updatedBy()).isEqualTo("alice");
        assertThat(purge.next(1, NOW).get(0)).hasToString("2026-12-01T04:00+01:00[Europe/Berlin]");
        assertThat(purge.toJson()).contains("\"cron\":\"0 0 4 * * *\"").contains("\"parameters\":{\"retention\":\"P7D\"}");
    }

    @Test
    void everyInvalidFieldIsRefusedAtOnceAndNothingChanges() {
        Schedule heartbeat = new Schedule("heartbeat", "heartbeat", "0 * * * * *", "UTC");
        Refusal refusal = catchThrowableOfType(() -> heartbeat.change("0 61 * * * *", "Mars/Olympus", true,
                Map.of("x", "1"), Schedule.Origin.CONSOLE, "alice", NOW), Refusal.class);
        assertThat(refusal.messages()).containsExactly(
                "cron's minute field '61' is invalid: 61 is outside 0-59",
                "timeZone 'Mars/Olympus' is not a time zone (for example UTC or Europe/Berlin)",
                "parameters are for batch jobs; heartbeat takes none");
        assertThat(heartbeat.cron()).isEqualTo("0 * * * * *");
        assertThat(heartbeat.origin()).isEqualTo(Schedule.Origin.DEFAULT);
    }

    @Test
    void parametersAreAJsonObjectOfTexts() {
        assertThat(Schedule.parameters("{\"source\": \"3\"}")).containsExactly(Map.entry("source", "3"));
        assertThat(Schedule.parameters(" ")).isEmpty();
        assertThat(catchThrowableOfType(() -> Schedule.parameters("{\"source\": 3}"), Refusal.class).messages())
                .containsExactly("parameters: the value of 'source' must be a text (in quotes)");
        assertThat(catchThrowableOfType(() -> Schedule.parameters("[1]"), Refusal.class).messages().get(0))
                .startsWith("parameters must be a JSON object of texts");
    }
}
