package dev.redtortoise.settings.ui;

import dev.redtortoise.settings.entity.SettingKey;
import dev.redtortoise.settings.entity.SettingValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettingFormTest {

    @Test
    void saveHandsOverTheTypedTextWithoutCheckingItAndTheBoundarysReasonIsShownBesideTheField() {
        SettingForm form = new SettingForm();
        List<String> saved = new ArrayList<>();
        form.addSaveListener(save -> saved.add(save.setting().key + "=" + save.text()));
        form.edit(SettingValue.resolve(SettingKey.CORS_ORIGINS, null, "http://localhost:8080"), true);
        assertThat(form.origin.getText()).contains("environment").contains("RT_CORS_ORIGINS (rt.cors.origins) = http://localhost:8080");
        assertThat(form.reset.isEnabled()).as("nothing to reset without a console value").isFalse();

        form.value.setValue("not an origin");
        form.save.click();
        form.showProblem("value 'not an origin' is not an origin");

        assertThat(saved).containsExactly("cors.origins=not an origin");
        assertThat(form.value.isInvalid()).isTrue();
        assertThat(form.value.getErrorMessage()).contains("is not an origin");
    }

    @Test
    void aRoleThatMayOnlyReadSeesTheValueAndItsSourceButNoSaveOrReset() {
        SettingForm form = new SettingForm();
        form.edit(SettingValue.resolve(SettingKey.LOGIN_WINDOW, "PT5M", null), false);

        assertThat(form.value.getValue()).isEqualTo("PT5M");
        assertThat(form.value.isReadOnly()).isTrue();
        assertThat(form.origin.getText()).startsWith("In effect from the console.");
        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.reset.isVisible()).isFalse();
    }
}
