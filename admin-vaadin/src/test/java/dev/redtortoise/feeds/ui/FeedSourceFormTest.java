package dev.redtortoise.feeds.ui;

import dev.redtortoise.feeds.entity.RuleKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedSourceFormTest {

    @Test
    void saveHandsOverTheEditedSettingsAndRulesWithoutCheckingThemItself() {
        FeedSourceForm form = new FeedSourceForm();
        List<FeedSourceDraft> saved = new ArrayList<>();
        form.addSaveListener(save -> saved.add(save.draft()));
        form.edit(new FeedSourceDraft(), true);

        form.name.setValue("Payara blog");
        form.location.setValue("not a location");
        form.owner.setValue("someuser");
        form.interval.setValue(30);
        form.rules.setRules(List.of(new FeedSourceDraft.Rule(RuleKind.DEFAULT_TAG, "", "")));
        form.save.click();

        assertThat(saved).hasSize(1);
        FeedSourceDraft draft = saved.get(0);
        assertThat(draft.getName()).isEqualTo("Payara blog");
        assertThat(draft.getLocation()).isEqualTo("not a location");
        assertThat(draft.interval().toSeconds()).isEqualTo(30);
        assertThat(draft.mappingRules()).singleElement()
                .satisfies(rule -> assertThat(rule.kind()).isEqualTo(RuleKind.DEFAULT_TAG));
    }

    @Test
    void theBoundarysReasonsAreShownBesideTheFieldsTheyNameAndTheRestUnderTheRules() {
        FeedSourceForm form = new FeedSourceForm();
        form.edit(new FeedSourceDraft(), true);

        form.showProblems(List.of("name can't be blank", "interval must be at least 60 seconds",
                "DEFAULT_TAG needs a tag of 1 to 40 characters, got ''"));

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("name can't be blank");
        assertThat(form.interval.isInvalid()).isTrue();
        assertThat(form.location.isInvalid()).isFalse();
        assertThat(form.rules.problems.getElement().getChildCount()).isEqualTo(1);
        assertThat(form.rules.problems.getElement().getChild(0).getText()).startsWith("DEFAULT_TAG needs a tag");

        form.showProblems(List.of());
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.rules.problems.isVisible()).isFalse();
    }

    @Test
    void aRoleThatMayOnlyReadGetsNoSaveNorRunAndReadOnlyFields() {
        FeedSourceForm form = new FeedSourceForm();
        FeedSourceDraft draft = new FeedSourceDraft();
        form.edit(draft, false);

        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.run.isVisible()).isFalse();
        assertThat(form.name.isReadOnly()).isTrue();
    }
}
