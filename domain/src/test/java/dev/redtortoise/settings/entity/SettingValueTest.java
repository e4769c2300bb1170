package dev.redtortoise.settings.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Precedence: the console value over the environment over the default; invalid values are skipped. */
class SettingValueTest {

    @Test
    void theConsoleValueWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        SettingValue console = SettingValue.resolve(SettingKey.LOGIN_WINDOW, "pt5m", "PT20M");
        assertThat(console.source()).isEqualTo(SettingValue.Source.CONSOLE);
        assertThat(console.value()).isEqualTo(Duration.ofMinutes(5));
        assertThat(console.text()).isEqualTo("PT5M");
        assertThat(console.console()).contains("PT5M");
        assertThat(console.environment()).contains("PT20M");

        SettingValue environment = SettingValue.resolve(SettingKey.LOGIN_WINDOW, null, "PT20M");
        assertThat(environment.source()).isEqualTo(SettingValue.Source.ENVIRONMENT);
        assertThat(environment.value()).isEqualTo(Duration.ofMinutes(20));
        assertThat(environment.console()).isEmpty();

        SettingValue fallback = SettingValue.resolve(SettingKey.LOGIN_WINDOW, null, null);
        assertThat(fallback.source()).isEqualTo(SettingValue.Source.DEFAULT);
        assertThat(fallback.value()).isEqualTo(Duration.ofMinutes(15));
        assertThat(fallback.environment()).isEmpty();
    }

    @Test
    void anInvalidConsoleOrEnvironmentValueIsSkippedForTheNextSource() {
        assertThat(SettingValue.resolve(SettingKey.CACHE_TTL, "-1", "2000").source()).isEqualTo(SettingValue.Source.ENVIRONMENT);
        SettingValue value = SettingValue.resolve(SettingKey.CACHE_TTL, null, "soon");
        assertThat(value.source()).isEqualTo(SettingValue.Source.DEFAULT);
        assertThat(value.value()).isEqualTo(10_000);
    }

    @Test
    void theAuditLogKeepsKeyValueAndSource() {
        assertThat(SettingValue.resolve(SettingKey.CORS_ORIGINS, "https://a.example", null).json().toString())
                .isEqualTo("{\"key\":\"cors.origins\",\"value\":\"https://a.example\",\"source\":\"console\"}");
    }
}
