package dev.redtortoise.orchestration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CronTest {

    @Test
    void sixFieldsMapToTheCalendarExpression() {
        var expression = Cron.parse(" 0  */15 * * * Mon-Fri ");
        assertThat(expression.getSecond()).isEqualTo("0");
        assertThat(expression.getMinute()).isEqualTo("*/15");
        assertThat(expression.getHour()).isEqualTo("*");
        assertThat(expression.getDayOfWeek()).isEqualTo("Mon-Fri");
    }

    @Test
    void aWrongNumberOfFieldsIsRefusedWithAnExample() {
        assertThatThrownBy(() -> Cron.parse("*/5 * * * *"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("six fields")
                .hasMessageContaining("'*/5 * * * *'");
        assertThatThrownBy(() -> Cron.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
