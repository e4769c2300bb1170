package dev.redtortoise.geoblock.ui;

import dev.redtortoise.geoblock.entity.GeoPolicy;
import dev.redtortoise.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GeoPolicyFormTest {

    static GeoPolicy policy() {
        return GeoPolicy.draft(GeoPolicy.Mode.DENY, List.of("KP"), false, List.of("/health"), List.of("10.0.0.0/8"));
    }

    @Test
    void countriesAreListedByNameWithTheirCodeAndSaveHandsOverWhatTheFieldsHold() {
        GeoPolicyForm form = new GeoPolicyForm();
        form.edit(policy(), true);
        List<GeoPolicyForm.Edited> saved = new ArrayList<>();
        form.onSave(saved::add);

        assertThat(form.countries.getItemLabelGenerator().apply("DE")).isEqualTo("Germany (DE)");
        form.mode.setValue(GeoPolicy.Mode.ALLOW);
        form.countries.setValue(Set.of("FR", "DE"));
        form.exemptNetworks.setValue("10.0.0.0/8\n 192.0.2.0/24, 2001:db8::/32");
        form.save.click();

        assertThat(saved).containsExactly(new GeoPolicyForm.Edited(GeoPolicy.Mode.ALLOW, List.of("DE", "FR"), false,
                List.of("/health"), List.of("10.0.0.0/8", "192.0.2.0/24", "2001:db8::/32")));
    }

    @Test
    void thePolicysReasonsAreShownBesideTheFieldsTheyName() {
        GeoPolicyForm form = new GeoPolicyForm();
        form.edit(policy(), true);
        Refusal refusal = catchThrowableOfType(() -> GeoPolicy.draft(GeoPolicy.Mode.ALLOW, List.of("Narnia"), false,
                List.of("health"), List.of("10.0.0.0/99")), Refusal.class);

        form.showProblems(refusal.messages());

        assertThat(form.countries.isInvalid()).isTrue();
        assertThat(form.countries.getErrorMessage()).contains("'Narnia' is not an ISO 3166 two-letter country code");
        assertThat(form.exemptPaths.getErrorMessage()).contains("'health' must start with /");
        assertThat(form.exemptNetworks.getErrorMessage()).contains("'10.0.0.0/99'");
        assertThat(form.mode.isInvalid()).isFalse();
        assertThat(form.problems.isVisible()).isFalse();
    }

    @Test
    void aRoleThatMayOnlyReadGetsNoSaveButton() {
        GeoPolicyForm form = new GeoPolicyForm();
        form.edit(policy(), false);

        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.countries.isReadOnly()).isTrue();
        assertThat(form.exemptNetworks.isReadOnly()).isTrue();
        assertThat(form.countries.getValue()).containsExactly("KP");
        assertThat(form.check.isVisible()).as("every role may try an address").isTrue();
    }
}
