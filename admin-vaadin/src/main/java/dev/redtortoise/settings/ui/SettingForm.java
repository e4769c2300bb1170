package dev.redtortoise.settings.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.redtortoise.settings.entity.SettingKey;
import dev.redtortoise.settings.entity.SettingValue;

/**
 * Edits one setting's value. It checks nothing itself: Save hands the text to the view, which calls the
 * boundary, and the boundary's reason comes back through {@link #showProblem}, beside the field.
 */
public class SettingForm extends VerticalLayout {

    private final H3 title = new H3();
    private final Paragraph description = new Paragraph();
    final Paragraph origin = new Paragraph();
    final TextField value = new TextField("Value");
    final Button save = new Button("Save");
    final Button reset = new Button("Reset to environment/default");
    private final Button cancel = new Button("Cancel");
    private SettingKey setting;

    public SettingForm() {
        setId("setting-form");
        setWidth("32em");
        value.setId("setting-value");
        value.setWidthFull();
        origin.setId("setting-origin");
        save.setId("setting-save");
        reset.setId("setting-reset");
        cancel.setId("setting-cancel");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reset.setTooltipText("Removes the console value: the environment value, else the default, applies again");
        save.addClickListener(click -> fireEvent(new SaveEvent(this, setting, value.getValue())));
        reset.addClickListener(click -> fireEvent(new ResetEvent(this, setting, null)));
        cancel.addClickListener(click -> fireEvent(new CancelEvent(this, setting, null)));
        add(title, description, value, origin, new HorizontalLayout(save, reset, cancel));
    }

    /** Shows the setting; {@code editable} is false for a role that may only read. */
    void edit(SettingValue shown, boolean editable) {
        setting = shown.setting();
        title.setText(setting.key);
        description.setText(setting.description);
        value.setValue(shown.text());
        value.setHelperText("Expected: " + setting.type.expected() + ".");
        value.setReadOnly(!editable);
        origin.setText("In effect from the " + shown.source().label() + ". Default " + setting.defaultText
                + "; environment " + setting.environmentVariable() + " (" + setting.configKey + ")"
                + shown.environment().map(environment -> " = " + environment).orElse(" not set") + ".");
        save.setVisible(editable);
        reset.setVisible(editable);
        reset.setEnabled(shown.source() == SettingValue.Source.CONSOLE);
        showProblem(null);
    }

    /** The boundary's reason beside the field, or none. */
    void showProblem(String reason) {
        value.setErrorMessage(reason);
        value.setInvalid(reason != null);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addResetListener(ComponentEventListener<ResetEvent> listener) {
        return addListener(ResetEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** What the form asks of its view, about the setting it shows. */
    public abstract static class FormEvent extends ComponentEvent<SettingForm> {
        private final SettingKey setting;
        private final String text;

        FormEvent(SettingForm form, SettingKey setting, String text) {
            super(form, false);
            this.setting = setting;
            this.text = text;
        }

        public SettingKey setting() {
            return setting;
        }

        /** The value typed, for a save. */
        public String text() {
            return text;
        }
    }

    /** Save the typed value. */
    public static class SaveEvent extends FormEvent {
        SaveEvent(SettingForm form, SettingKey setting, String text) {
            super(form, setting, text);
        }
    }

    /** Remove the console value. */
    public static class ResetEvent extends FormEvent {
        ResetEvent(SettingForm form, SettingKey setting, String text) {
            super(form, setting, text);
        }
    }

    /** Close without saving. */
    public static class CancelEvent extends FormEvent {
        CancelEvent(SettingForm form, SettingKey setting, String text) {
            super(form, setting, text);
        }
    }
}
