package dev.redtortoise.feeds.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.redtortoise.base.ui.FieldReasons;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.feeds.boundary.FeedPreviews;
import jakarta.enterprise.inject.spi.CDI;

import java.util.List;

/**
 * Edits one feed source and its mapping rules. It checks nothing itself: Save hands the draft to the view,
 * which calls the boundary, and the boundary's reasons come back through {@link #showProblems}, each beside
 * the field it names (the rules' under the rules).
 */
public class FeedSourceForm extends VerticalLayout {

    private final H3 title = new H3();
    final TextField name = new TextField("Name");
    final TextField location = new TextField("Location (http(s) URL or absolute file path)");
    final TextField owner = new TextField("Owner (username of the account the articles are written under)");
    final Checkbox enabled = new Checkbox("Enabled (imported on its interval)");
    final IntegerField interval = new IntegerField("Interval (seconds)");
    final IntegerField rejectPercent = new IntegerField("Rejects tolerated per run (%)");
    final MappingRulesEditor rules = new MappingRulesEditor();
    final Button save = new Button("Save");
    private final Button cancel = new Button("Cancel");
    final Button run = new Button("Run now");
    final Button dryRun = new Button("Dry run");
    private final Binder<FeedSourceDraft> binder = new Binder<>(FeedSourceDraft.class);
    /** The fields the boundary's reasons name first, in the words it uses. */
    private final FieldReasons byReason = new FieldReasons();
    private FeedSourceDraft draft;

    public FeedSourceForm() {
        setId("source-form");
        setWidth("36em");
        name.setId("source-name");
        location.setId("source-location");
        owner.setId("source-owner");
        enabled.setId("source-enabled");
        interval.setId("source-interval");
        rejectPercent.setId("source-reject-percent");
        save.setId("source-save");
        cancel.setId("source-cancel");
        run.setId("source-run");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setTooltipText("Asks the orchestration part to import this source now, over the bus");
        dryRun.setId("source-dry-run");
        dryRun.setTooltipText("Fetches the feed now and shows its first items under these rules; writes nothing");

        binder.forField(name).bind(FeedSourceDraft::getName, FeedSourceDraft::setName);
        binder.forField(location).bind(FeedSourceDraft::getLocation, FeedSourceDraft::setLocation);
        binder.forField(owner).bind(FeedSourceDraft::getOwner, FeedSourceDraft::setOwner);
        binder.forField(enabled).bind(FeedSourceDraft::isEnabled, FeedSourceDraft::setEnabled);
        binder.forField(interval).bind(FeedSourceDraft::getIntervalSeconds, FeedSourceDraft::setIntervalSeconds);
        binder.forField(rejectPercent).bind(FeedSourceDraft::getMaxRejectPercent, FeedSourceDraft::setMaxRejectPercent);
        byReason.field("name", name).field("location", location).field("owner", owner).field("interval", interval)
                .field("maxRejectPercent", rejectPercent);

        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(draft)) {
                draft.setRules(rules.rules());
                fireEvent(new SaveEvent(this, draft));
            }
        });
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this, draft)));
        run.addClickListener(click -> fireEvent(new RunEvent(this, draft)));
        dryRun.addClickListener(click -> Permissions.asOperator("dry-run feed sources", () ->
                new FeedDryRunDialog(CDI.current().select(FeedPreviews.class).get(), location.getValue(),
                        rules.rules().stream().map(FeedSourceDraft.Rule::toMappingRule).toList()).open()));

        FormLayout fields = new FormLayout(name, location, owner, enabled, interval, rejectPercent);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(title, fields, rules, new HorizontalLayout(save, cancel, run, dryRun));
    }

    /** Shows the draft; {@code editable} is false for a role that may only read. */
    void edit(FeedSourceDraft source, boolean editable) {
        draft = source;
        binder.readBean(source);
        binder.setReadOnly(!editable);
        rules.setRules(source.getRules());
        rules.setEditable(editable);
        title.setText(source.isNew() ? "New feed source" : "Feed source " + source.getId());
        owner.setVisible(source.isNew());
        save.setVisible(editable);
        run.setVisible(editable && !source.isNew());
        dryRun.setVisible(editable);
        showProblems(List.of());
    }

    /** The boundary's reasons: each beside the field it names, the others (the rules') under the rules. */
    void showProblems(List<String> reasons) {
        rules.showProblems(byReason.show(reasons));
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public Registration addRunListener(ComponentEventListener<RunEvent> listener) {
        return addListener(RunEvent.class, listener);
    }

    /** What the form asks of its view, about the draft it shows. */
    public abstract static class FormEvent extends ComponentEvent<FeedSourceForm> {
        private final FeedSourceDraft draft;

        FormEvent(FeedSourceForm form, FeedSourceDraft draft) {
            super(form, false);
            this.draft = draft;
        }

        public FeedSourceDraft draft() {
            return draft;
        }
    }

    /** Save the draft (settings and rules together). */
    public static class SaveEvent extends FormEvent {
        SaveEvent(FeedSourceForm form, FeedSourceDraft draft) {
            super(form, draft);
        }
    }

    /** Close the form without saving. */
    public static class CancelEvent extends FormEvent {
        CancelEvent(FeedSourceForm form, FeedSourceDraft draft) {
            super(form, draft);
        }
    }

    /** Import the saved source now. */
    public static class RunEvent extends FormEvent {
        RunEvent(FeedSourceForm form, FeedSourceDraft draft) {
            super(form, draft);
        }
    }
}
