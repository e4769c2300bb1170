package dev.redtortoise.geoblock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before saving a policy that would refuse the administrator's own address at the console. */
class LockOutWarning extends Dialog {

    LockOutWarning(String ownAddress, Runnable save) {
        setId("geo-lock-out");
        setHeaderTitle("This policy blocks you");
        add(new Paragraph("Your address as the console sees it: " + ownAddress + " Once saved, every part refuses"
                + " you within seconds, this console too, unless the console's path or your network is exempt."));
        Button anyway = new Button("Save anyway", click -> {
            close();
            save.run();
        });
        anyway.setId("geo-lock-out-save");
        anyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button("Cancel", click -> close());
        no.setId("geo-lock-out-cancel");
        getFooter().add(no, anyway);
    }
}
