package dev.redtortoise.devservices;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    static final Map<String, String> DEFAULTS = Map.of("host", "127.0.0.1", "port", "27017");

    @Test
    void givenOptionsOverrideTheDefaults() {
        Options options = Options.parse(new String[] {"--port", "27117"}, DEFAULTS);
        assertThat(options.port("port")).isEqualTo(27117);
        assertThat(options.get("host")).isEqualTo("127.0.0.1");
    }

    @Test
    void anUnknownOptionOrABadPortIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--prot", "1"}, DEFAULTS))
                .hasMessageContaining("usage: [--host V] [--port V]").hasMessageContaining("--prot");
        assertThatThrownBy(() -> Options.parse(new String[] {"--port", "70000"}, DEFAULTS).port("port"))
                .hasMessageContaining("--port must be a TCP port");
    }

    @Test
    void aPauseIsWholeMillisecondsUpToAMinute() {
        Map<String, String> defaults = Map.of("delay", "1000");
        assertThat(Options.parse(new String[] {"--delay", "250"}, defaults).millis("delay")).isEqualTo(250);
        assertThat(Options.parse(new String[0], defaults).millis("delay")).isEqualTo(1000);
        for (String bad : new String[] {"-1", "60001", "soon"}) {
            assertThatThrownBy(() -> Options.parse(new String[] {"--delay", bad}, defaults).millis("delay"))
                    .hasMessageContaining("--delay must be milliseconds (0-60000), got '" + bad + "'");
        }
    }
}
