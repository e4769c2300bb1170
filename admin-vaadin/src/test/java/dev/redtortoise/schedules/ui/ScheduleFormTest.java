package dev.redtortoise.schedules.ui;

import dev.redtortoise.schedules.entity.Cron;
import dev.redtortoise.schedules.entity.Schedule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleFormTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    static ScheduleForm form(boolean editable) {
        ScheduleForm form = new ScheduleForm();
        form.setPreview((cron, zone) -> Cron.parse(cron).next(5, NOW, ZoneId.of(zone)));
        form.edit(ScheduleDraft.of(new Schedule("heartbeat", "heartbeat", "0 * * * * *", "UTC")), editable);
        return form;
    }

    @Test
    void theNextFiveFireTimesFollowTheCronAndZoneAsTheyAreTyped() {
        ScheduleForm form = form(true);
        assertThat(items(form)).hasSize(5).first().isEqualTo("Mon 2026-11-30 12:01:00 +00:00");

        form.cron.setValue("*/2 * * * * *");
        form.timeZone.setValue("Europe/Berlin");
        assertThat(items(form)).containsExactly("Mon 2026-11-30 13:00:02 +01:00", "Mon 2026-11-30 13:00:04 +01:00",
                "Mon 2026-11-30 13:00:06 +01:00", "Mon 2026-11-30 13:00:08 +01:00", "Mon 2026-11-30 13:00:10 +01:00");

        form.cron.setValue("0 0 24 * * *");
        assertThat(items(form)).isEmpty();
        assertThat(form.nextProblem.getText()).isEqualTo("cron's hour field '24' is invalid: 24 is outside 0-23");
    }

    @Test
    void saveHandsOverTheEditedValuesWithoutCheckingThem() {
        ScheduleForm form = form(true);
        List<ScheduleDraft> saved = new ArrayList<>();
        form.onSave(saved::add);
        form.cron.setValue("not a cron");
        form.enabled.setValue(false);
        form.parameters.setValue("{\"a\": \"b\"}");
        form.save.click();
        assertThat(saved).singleElement().satisfies(draft -> {
            assertThat(draft.getName()).isEqualTo("heartbeat");
            assertThat(draft.getCron()).isEqualTo("not a cron");
            assertThat(draft.isEnabled()).isFalse();
            assertThat(draft.getParameters()).isEqualTo("{\"a\": \"b\"}");
        });
    }

    @Test
    void theBoundarysReasonsAreShownBesideTheFieldsTheyName() {
        ScheduleForm form = form(true);
        form.showProblems(List.of("cron's minute field '61' is invalid: 61 is outside 0-59",
                "timeZone 'Mars' is not a time zone (for example UTC or Europe/Berlin)",
                "schedule 'heartbeat' was changed meanwhile by alice: reload it and make your change again"));
        assertThat(form.cron.isInvalid()).isTrue();
        assertThat(form.cron.getErrorMessage()).startsWith("cron's minute field");
        assertThat(form.timeZone.isInvalid()).isTrue();
        assertThat(form.parameters.isInvalid()).isFalse();
        assertThat(form.problems.getText()).startsWith("schedule 'heartbeat' was changed meanwhile");

        form.showProblems(List.of());
        assertThat(form.cron.isInvalid()).isFalse();
        assertThat(form.problems.isVisible()).isFalse();
    }

    @Test
    void runNowIsOfferedOnlyForWorkThatCanBeRequested() {
        assertThat(form(true).run.isVisible()).as("the heartbeat").isTrue();
        ScheduleForm form = new ScheduleForm();
        form.edit(ScheduleDraft.of(new Schedule("feed-sweep", "feed-sweep", "0 * * * * *", "UTC")), true);
        assertThat(form.run.isVisible()).as("the feed sweep runs only on its schedule").isFalse();
    }

    @Test
    void aRoleThatMayOnlyReadGetsNoSaveNorRunAndReadOnlyFields() {
        ScheduleForm form = form(false);
        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.run.isVisible()).isFalse();
        assertThat(form.cron.isReadOnly()).isTrue();
        assertThat(items(form)).hasSize(5);
    }

    private static List<String> items(ScheduleForm form) {
        List<String> texts = new ArrayList<>();
        form.next.getChildren().forEach(item -> texts.add(item.getElement().getText()));
        return texts;
    }
}
