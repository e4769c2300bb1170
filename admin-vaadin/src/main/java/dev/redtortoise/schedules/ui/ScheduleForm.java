package dev.redtortoise.schedules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.redtortoise.base.ui.FieldReasons;
import dev.redtortoise.platform.errors.Refusal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Edits one schedule: cron, time zone, enabled and the job's parameters, with the next fire times below,
 * computed again as staff type. It checks nothing itself: the preview, Save and "run now" go to the view,
 * which calls the boundary, and the boundary's reasons come back through {@link #showProblems}, each beside its field.
 */
public class ScheduleForm extends VerticalLayout {

    static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("EEE yyyy-MM-dd HH:mm:ss ")
            .appendOffset("+HH:MM", "+00:00").toFormatter(Locale.ENGLISH);

    private final H3 title = new H3();
    private final Span task = new Span();
    final TextField cron = new TextField("Cron (second minute hour day-of-month month day-of-week)");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    final Checkbox enabled = new Checkbox("Enabled");
    final TextArea parameters = new TextArea("Parameters (JSON object of texts, for batch jobs)");
    final UnorderedList next = new UnorderedList();
    final Paragraph nextProblem = new Paragraph();
    final Paragraph problems = new Paragraph();
    final Button save = new Button("Save");
    private final Button cancel = new Button("Cancel");
    final Button run = new Button("Run now");
    private final Binder<ScheduleDraft> binder = new Binder<>(ScheduleDraft.class);
    private final FieldReasons byReason = new FieldReasons();
    private BiFunction<String, String, List<ZonedDateTime>> preview = (ignoredCron, ignoredZone) -> List.of();
    private ScheduleDraft draft;
    private Consumer<ScheduleDraft> saveAction = ignored -> { };
    private Runnable cancelAction = () -> { };
    private Consumer<ScheduleDraft> runAction = ignored -> { };
    /** While a draft is being read into the fields: they change one by one, the preview waits for all. */
    private boolean reading;

    public ScheduleForm() {
        setId("schedule-form");
        setWidth("34em");
        cron.setId("schedule-cron");
        cron.setValueChangeMode(ValueChangeMode.LAZY);
        cron.setHelperText("for example 0 */15 * * * * (every 15 minutes) or 0 30 3 * * Mon-Fri");
        timeZone.setId("schedule-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        enabled.setId("schedule-enabled");
        parameters.setId("schedule-parameters");
        next.setId("schedule-next");
        nextProblem.setId("schedule-next-problem");
        nextProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        problems.setId("schedule-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        save.setId("schedule-save");
        cancel.setId("schedule-cancel");
        run.setId("schedule-run");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setTooltipText("Asks the orchestration part to run this schedule's work now, over the bus");

        binder.forField(cron).bind(ScheduleDraft::getCron, ScheduleDraft::setCron);
        binder.forField(timeZone).bind(ScheduleDraft::getTimeZone, ScheduleDraft::setTimeZone);
        binder.forField(enabled).bind(ScheduleDraft::isEnabled, ScheduleDraft::setEnabled);
        binder.forField(parameters).bind(ScheduleDraft::getParameters, ScheduleDraft::setParameters);
        byReason.field("cron", cron).field("timeZone", timeZone).field("parameters", parameters);
        cron.addValueChangeListener(change -> showNextUnlessReading());
        timeZone.addValueChangeListener(change -> showNextUnlessReading());

        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(draft)) {
                saveAction.accept(draft);
            }
        });
        cancel.addClickListener(click -> cancelAction.run());
        run.addClickListener(click -> runAction.accept(draft));

        FormLayout fields = new FormLayout(cron, timeZone, enabled, parameters);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(title, task, fields, new H3("Next fire times"), next, nextProblem, problems,
                new HorizontalLayout(save, cancel, run));
    }

    /** How the next fire times of a cron in a zone are found (the view asks the boundary). */
    void setPreview(BiFunction<String, String, List<ZonedDateTime>> preview) {
        this.preview = preview;
    }

    /** Shows the draft; {@code editable} is false for a role that may only read. */
    void edit(ScheduleDraft schedule, boolean editable) {
        draft = schedule;
        reading = true;
        try {
            binder.readBean(schedule);
        } finally {
            reading = false;
        }
        binder.setReadOnly(!editable);
        title.setText("Schedule " + schedule.getName());
        task.setText("Runs " + schedule.getTask() + ", version " + schedule.getVersion());
        save.setVisible(editable);
        run.setVisible(editable && schedule.runsOnRequest());
        showProblems(List.of());
        showNext();
    }

    private void showNextUnlessReading() {
        if (!reading) {
            showNext();
        }
    }

    /** The next fire times of what the fields hold now, or why there are none. */
    void showNext() {
        next.removeAll();
        nextProblem.setText("");
        try {
            preview.apply(cron.getValue(), timeZone.getValue())
                    .forEach(time -> next.add(new ListItem(TIME.format(time))));
        } catch (Refusal refusal) {
            nextProblem.setText(String.join("; ", refusal.messages()));
        }
    }

    /** The boundary's reasons: each beside the field it names, the others under the form. */
    void showProblems(List<String> reasons) {
        List<String> others = byReason.show(reasons);
        problems.setText(String.join("; ", others));
        problems.setVisible(!others.isEmpty());
    }

    /** What Save does with the draft (the view calls the boundary). */
    void onSave(Consumer<ScheduleDraft> action) {
        saveAction = action;
    }

    void onCancel(Runnable action) {
        cancelAction = action;
    }

    /** What "run now" does with the schedule shown. */
    void onRun(Consumer<ScheduleDraft> action) {
        runAction = action;
    }
}
