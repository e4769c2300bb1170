package dev.redtortoise.dashboard.ui;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CountTilesTest {

    @Test
    void theCountriesBlockedMostAreNamedInTheirOrderAndTheRestOnlyHinted() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("US", 1_204L);
        counts.put("NL", 3L);

        assertThat(CountTiles.most(counts, 3)).isEqualTo("US 1,204 · NL 3");
        counts.put("ZZ", 2L);
        counts.put("DE", 1L);
        assertThat(CountTiles.most(counts, 3)).isEqualTo("US 1,204 · NL 3 · ZZ 2 · …");
        assertThat(CountTiles.most(Map.of(), 3)).isEmpty();
    }
}
