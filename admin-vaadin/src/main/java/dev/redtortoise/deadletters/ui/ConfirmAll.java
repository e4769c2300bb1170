package dev.redtortoise.deadletters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before every dead letter is replayed or discarded at once. */
class ConfirmAll extends Dialog {

    ConfirmAll(String verb, Runnable action) {
        setId("confirm-all");
        setHeaderTitle(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " every dead letter?");
        add(new Paragraph("This applies to every dead letter listed, at once, and is recorded in the audit log."));
        Button yes = new Button(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " all", click -> {
            close();
            action.run();
        });
        yes.setId("confirm-all-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button("Cancel", click -> close());
        no.setId("confirm-all-no");
        getFooter().add(no, yes);
    }
}
