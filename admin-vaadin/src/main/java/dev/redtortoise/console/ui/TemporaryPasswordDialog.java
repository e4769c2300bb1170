package dev.redtortoise.console.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a temporary password once, to the staff member who reset it and hands it over; it is kept nowhere
 * in the console (closing the dialog drops it) and never logged.
 */
public final class TemporaryPasswordDialog {

    private TemporaryPasswordDialog() {
    }

    public static void show(String whose, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + whose);
        Span shown = new Span(password);
        shown.setId("temporary-password");
        shown.addClassName("temporary-password");
        Button close = new Button("Done", click -> dialog.close());
        close.setId("temporary-password-done");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("Hand this password over now: it is shown only once."), shown);
        dialog.getFooter().add(close);
        dialog.open();
    }
}
