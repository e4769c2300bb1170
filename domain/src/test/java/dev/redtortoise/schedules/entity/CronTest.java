package dev.redtortoise.schedules.entity;

import dev.redtortoise.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CronTest {

    static final ZoneId UTC = ZoneId.of("UTC");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void sixFieldsKeepTheirCalendarTextForTheTimerService() {
        Cron cron = Cron.parse(" 0  */15 * * * Mon-Fri ");
        assertThat(cron).hasToString("0 */15 * * * Mon-Fri");
        assertThat(List.of(cron.second(), cron.minute(), cron.hour(), cron.dayOfMonth(), cron.month(), cron.dayOfWeek()))
                .containsExactly("0", "*/15", "*", "*", "*", "Mon-Fri");
    }

    @Test
    void aFiringBelongsToTheLatestTurnAtOrBeforeItSoLateTimersOnEveryInstanceAgree() {
        Cron quarterly = Cron.parse("0 */15 * * * *");
        Instant turn = Instant.parse("2026-11-30T10:15:00Z");
        assertThat(quarterly.slotOf(turn, UTC)).isEqualTo(turn);
        assertThat(quarterly.slotOf(turn.plusMillis(40), UTC)).isEqualTo(turn);
        assertThat(quarterly.slotOf(turn.plusSeconds(45), UTC)).as("a late timer").isEqualTo(turn);
        assertThat(quarterly.slotOf(turn.plusSeconds(61), UTC)).as("later than the lookback: no turn").isNull();

        Cron everyTwoSeconds = Cron.parse("*/2 * * * * *");
        assertThat(everyTwoSeconds.slotOf(turn.plusMillis(3_300), UTC)).isEqualTo(turn.plusSeconds(2));
        assertThat(Cron.parse("0 30 2 * * *").slotOf(Instant.parse("2026-11-30T01:30:02Z"), BERLIN))
                .as("02:30 in Berlin").isEqualTo(Instant.parse("2026-11-30T01:30:00Z"));
    }

    @Test
    void aWrongNumberOfFieldsIsRefusedWithAnExample() {
        assertThatThrownBy(() -> Cron.parse("*/5 * * * *")).isInstanceOf(Refusal.class)
                .hasMessageContaining("six fields").hasMessageContaining("'0 */15 * * * *'")
                .hasMessageContaining("got '*/5 * * * *'");
        assertThatThrownBy(() -> Cron.parse(null)).isInstanceOf(Refusal.class).hasMessageContaining("six fields");
        assertThatThrownBy(() -> Cron.parse("   ")).isInstanceOf(Refusal.class).hasMessageContaining("six fields");
    }

    @Test
    void eachInvalidFieldIsNamedWithTheReason() {
        assertThat(message("0 0 25 * * *")).isEqualTo("cron's hour field '25' is invalid: 25 is outside 0-23");
        assertThat(message("0 0 0 */2 * *")).contains("day-of-month").contains("only in second, minute and hour");
        assertThat(message("0 0 0 * Foo *")).contains("month field 'Foo'").contains("not a number or a name (jan, feb");
        assertThat(message("0 0 0 * * 1,,2")).contains("a value between each comma");
        assertThat(message("0 */0 * * * *")).contains("the step must be at least 1");
        assertThat(message("0 0 0 * *,1 *")).contains("'*' stands alone");
        assertThat(message("x * * * * *")).contains("second field 'x'");
    }

    @Test
    void aCronThatNeverFiresIsRefused() {
        assertThat(message("0 0 0 30 Feb *")).isEqualTo("cron '0 0 0 30 Feb *' never fires (no such day in any year)");
        assertThat(Cron.parse("0 0 0 29 2 *").next(1, Instant.parse("2026-03-01T00:00:00Z"), UTC))
                .containsExactly(ZonedDateTime.parse("2028-02-29T00:00Z[UTC]"));
    }

    @Test
    void theNextFiveFireTimesOfAnIncrement() {
        assertThat(Cron.parse("*/2 * * * * *").next(5, Instant.parse("2026-11-30T13:59:57Z"), UTC))
                .extracting(ZonedDateTime::toString)
                .containsExactly("2026-11-30T13:59:58Z[UTC]", "2026-11-30T14:00Z[UTC]", "2026-11-30T14:00:02Z[UTC]",
                        "2026-11-30T14:00:04Z[UTC]", "2026-11-30T14:00:06Z[UTC]");
    }

    @Test
    void fireTimesAreWallClockTimesOfTheScheduleZone() {
        Instant after = Instant.parse("2026-11-30T12:00:00Z");
        assertThat(Cron.parse("0 30 3 * * *").next(2, after, BERLIN)).extracting(ZonedDateTime::toString)
                .containsExactly("2026-12-01T03:30+01:00[Europe/Berlin]", "2026-12-02T03:30+01:00[Europe/Berlin]");
        assertThat(Cron.parse("0 30 3 * * *").next(1, after, ZoneId.of("America/New_York")).get(0).toInstant())
                .isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
    }

    @Test
    void aTimeTheSpringClockChangeSkipsFiresWhenTheClocksHaveMoved() {
        // Europe/Berlin, 2027-03-28: 02:00 becomes 03:00
        assertThat(Cron.parse("0 30 2 * * *").next(3, Instant.parse("2027-03-26T12:00:00Z"), BERLIN))
                .extracting(ZonedDateTime::toString)
                .containsExactly("2027-03-27T02:30+01:00[Europe/Berlin]", "2027-03-28T03:30+02:00[Europe/Berlin]",
                        "2027-03-29T02:30+02:00[Europe/Berlin]");
    }

    @Test
    void aTimeTheAutumnClockChangeRepeatsFiresOnce() {
        // Europe/Berlin, 2026-10-25: 03:00 becomes 02:00 again
        List<ZonedDateTime> times = Cron.parse("0 30 2 * * *").next(3, Instant.parse("2026-10-24T12:00:00Z"), BERLIN);
        assertThat(times).extracting(ZonedDateTime::toString)
                .containsExactly("2026-10-25T02:30+02:00[Europe/Berlin]", "2026-10-26T02:30+01:00[Europe/Berlin]",
                        "2026-10-27T02:30+01:00[Europe/Berlin]");
    }

    @Test
    void withinTheSpringGapShiftedTimesComeInOrderWithoutDuplicates() {
        List<ZonedDateTime> times = Cron.parse("0 */30 * * * *").next(4, Instant.parse("2027-03-28T00:10:00Z"), BERLIN);
        assertThat(times).extracting(ZonedDateTime::toString)
                .containsExactly("2027-03-28T01:30+01:00[Europe/Berlin]", "2027-03-28T03:00+02:00[Europe/Berlin]",
                        "2027-03-28T03:30+02:00[Europe/Berlin]", "2027-03-28T04:00+02:00[Europe/Berlin]");
    }

    @Test
    void namesListsWrappingRangesAndTheLastDays() {
        Instant after = Instant.parse("2026-11-30T12:00:00Z");
        assertThat(Cron.parse("0 0 9 * * Fri-Mon").next(4, after, UTC)).extracting(time -> time.getDayOfWeek().name())
                .containsExactly("FRIDAY", "SATURDAY", "SUNDAY", "MONDAY");
        assertThat(Cron.parse("0 0 0 Last * *").next(2, after, UTC)).extracting(time -> time.toLocalDate().toString())
                .containsExactly("2026-12-31", "2027-01-31");
        assertThat(Cron.parse("0 0 0 -1 Feb,mar *").next(2, after, UTC)).extracting(time -> time.toLocalDate().toString())
                .containsExactly("2027-02-27", "2027-03-30");
        assertThat(Cron.parse("0 0 0 * * 7").next(1, after, UTC).get(0).getDayOfWeek().name()).isEqualTo("SUNDAY");
    }

    @Test
    void whenBothDayFieldsAreRestrictedEitherOneFires() {
        // the 1st of the month or a Friday (the EJB calendar's rule), from Monday 2026-11-30
        assertThat(Cron.parse("0 0 0 1 * Fri").next(3, Instant.parse("2026-11-30T12:00:00Z"), UTC))
                .extracting(time -> time.toLocalDate().toString())
                .containsExactly("2026-12-01", "2026-12-04", "2026-12-11");
    }

    private static String message(String cron) {
        try {
            Cron.parse(cron);
        } catch (Refusal refusal) {
            return String.join("; ", refusal.messages());
        }
        throw new AssertionError("'" + cron + "' was accepted");
    }
}
