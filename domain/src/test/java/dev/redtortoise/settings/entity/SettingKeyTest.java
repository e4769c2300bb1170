package dev.redtortoise.settings.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each type reads its text into a typed value and refuses, saying what it expects, what it cannot. */
class SettingKeyTest {

    @Test
    void durationsAreIsoTextsWithinTheSettingsBounds() {
        assertThat(SettingKey.PURGE_RETENTION.parse(" p7d ")).isEqualTo(Duration.ofDays(7));
        assertThat(SettingKey.LOGIN_WINDOW.type.canonical(" pt5m ")).isEqualTo("PT5M");
        assertThatThrownBy(() -> SettingKey.LOGIN_WINDOW.parse("15 minutes"))
                .hasMessage("must be an ISO-8601 duration such as PT15M or P30D");
        assertThatThrownBy(() -> SettingKey.LOGIN_WINDOW.parse("PT10S")).hasMessage("must be from PT1M to PT24H");
    }

    @Test
    void numbersAndPercentsAreWholeNumbersWithinBounds() {
        assertThat(SettingKey.LOGIN_MAX_FAILURES.parse("7")).isEqualTo(7);
        assertThatThrownBy(() -> SettingKey.LOGIN_MAX_FAILURES.parse("0")).hasMessage("must be from 1 to 1000");
        assertThatThrownBy(() -> SettingKey.CACHE_TTL.parse("ten")).hasMessage("must be a whole number");
        assertThatThrownBy(() -> SettingKey.CACHE_TTL.parse("99999999999999999999")).hasMessage("must be a whole number");
        assertThat(SettingKey.DEFAULT_REJECT_PERCENT.parse("100")).isEqualTo(100);
        assertThatThrownBy(() -> SettingKey.DEFAULT_REJECT_PERCENT.parse("101")).hasMessage("must be from 0 to 100");
        assertThatThrownBy(() -> SettingKey.DEFAULT_REJECT_PERCENT.parse(null))
                .hasMessage("must be a whole number from 0 to 100");
    }

    @Test
    void originsAreSchemeHostAndPortOnly() {
        assertThat(SettingKey.CORS_ORIGINS.parse(" https://a.example, http://localhost:8080 ,"))
                .isEqualTo(List.of("https://a.example", "http://localhost:8080"));
        assertThat(SettingKey.CORS_ORIGINS.type.canonical(" https://a.example, http://b.example:81 "))
                .isEqualTo("https://a.example,http://b.example:81");
        assertThat(SettingKey.CORS_ORIGINS.parse("")).isEqualTo(List.of());
        for (String bad : List.of("https://a.example/", "https://a.example/app", "ftp://a.example", "a.example",
                "https://a.example?x=1", "https://user@a.example", "*")) {
            assertThatThrownBy(() -> SettingKey.CORS_ORIGINS.parse(bad)).as(bad).hasMessageContaining("is not an origin");
        }
    }

    @Test
    void eachSettingNamesTheEnvironmentVariableItWasReadFromAndHasAValidDefault() {
        assertThat(SettingKey.CACHE_TTL.environmentVariable()).isEqualTo("RT_CACHE_TTL_MS");
        assertThat(SettingKey.CORS_ORIGINS.environmentVariable()).isEqualTo("RT_CORS_ORIGINS");
        for (SettingKey setting : SettingKey.values()) {
            assertThat(SettingKey.of(setting.key)).contains(setting);
            assertThat(setting.parse(setting.defaultText)).as(setting.key).isNotNull();
        }
        assertThat(SettingKey.of("no.such")).isEmpty();
    }
}
