package dev.redtortoise.dashboard.boundary;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorsTest {

    static final Instant TEN_PAST_ONE = Instant.parse("2026-11-30T13:10:00Z");
    static final Instant ONE = Instant.parse("2026-11-30T13:00:00Z");
    static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void errorsAreCountedPerHourAndClassAndOtherStatusesNotAtAll() {
        ApiErrors errors = new ApiErrors();
        errors.record(500, TEN_PAST_ONE);
        errors.record(503, TEN_PAST_ONE);
        errors.record(404, TEN_PAST_ONE);
        errors.record(200, TEN_PAST_ONE);
        errors.record(304, TEN_PAST_ONE);
        errors.record(401, Instant.parse("2026-11-30T12:59:59Z"));

        assertThat(errors.drain(TEN_PAST_ONE)).containsExactlyInAnyOrder(
                new ApiErrors.Count(ONE, "5xx", 2), new ApiErrors.Count(ONE, "4xx", 1),
                new ApiErrors.Count(NOON, "4xx", 1));
    }

    @Test
    void whatWasDrainedIsNotDrainedAgain() {
        ApiErrors errors = new ApiErrors();
        errors.record(500, TEN_PAST_ONE);
        errors.drain(TEN_PAST_ONE);

        assertThat(errors.drain(TEN_PAST_ONE)).isEmpty();
        errors.record(502, TEN_PAST_ONE);
        assertThat(errors.drain(TEN_PAST_ONE)).containsExactly(new ApiErrors.Count(ONE, "5xx", 1));
    }
}
