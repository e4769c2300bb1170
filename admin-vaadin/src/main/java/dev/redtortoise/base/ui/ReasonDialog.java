package dev.redtortoise.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import dev.redtortoise.platform.errors.Refusal;

import java.util.function.Consumer;

/**
 * Asks why (a ban, an unban, a deletion) and runs the action with the reason; the boundary's refusal (a
 * blank reason) stays beside the field and the dialog stays open.
 */
public class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea("Reason (recorded in the audit log)");

    public ReasonDialog(String title, String confirmLabel, int maxLength, Consumer<String> action) {
        setHeaderTitle(title);
        setId("reason-dialog");
        reason.setId("action-reason");
        reason.setWidth("28em");
        reason.setMaxLength(maxLength);
        Button confirm = new Button(confirmLabel, click -> run(action));
        confirm.setId("confirm-action");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-action");
        add(reason);
        getFooter().add(cancel, confirm);
    }

    private void run(Consumer<String> action) {
        try {
            action.accept(reason.getValue());
            close();
        } catch (Refusal refusal) {
            reason.setErrorMessage(String.join("; ", refusal.messages()));
            reason.setInvalid(true);
        }
    }
}
