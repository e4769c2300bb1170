package dev.redtortoise.audit.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import dev.redtortoise.audit.entity.AuditEntry;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** One audit entry: who, when, what, and the subject before and after, side by side; revert when allowed. */
public class AuditEntryDetails extends VerticalLayout {

    private final H3 title = new H3();
    final Paragraph summary = new Paragraph();
    final Pre before = new Pre();
    final Pre after = new Pre();
    final Button revert = new Button("Revert this change");
    final Paragraph problem = new Paragraph();
    private AuditEntry entry;

    public AuditEntryDetails() {
        setId("audit-details");
        setWidth("44em");
        summary.setId("audit-summary");
        before.setId("audit-before");
        after.setId("audit-after");
        revert.setId("audit-revert");
        problem.setId("audit-revert-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        revert.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revert.setTooltipText("Sets the subject back to its state before this change, as a new audited change");
        revert.addClickListener(click -> fireEvent(new RevertEvent(this, entry)));
        HorizontalLayout sides = new HorizontalLayout(side("Before", before), side("After", after));
        sides.setWidthFull();
        add(title, summary, revert, problem, sides);
    }

    /** Shows the entry; the revert button only when {@code revertible}. */
    void show(AuditEntry shown, boolean revertible) {
        entry = shown;
        title.setText("Entry " + shown.id() + ": " + shown.action());
        summary.setText(shown.at() + " · " + shown.actor() + " · " + shown.subject()
                + shown.reason().map(reason -> " · " + reason).orElse("")
                + shown.reverts().map(reverted -> " · reverts entry " + reverted).orElse(""));
        before.setText(shown.before().map(AuditEntryDetails::pretty).orElse("(none)"));
        after.setText(shown.after().map(AuditEntryDetails::pretty).orElse("(none)"));
        revert.setVisible(revertible);
        showProblem(null);
    }

    /** Why the revert was refused, beside the button, or nothing. */
    void showProblem(String reason) {
        problem.setText(reason == null ? "" : reason);
        problem.setVisible(reason != null);
    }

    static String pretty(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            StringWriter text = new StringWriter();
            try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
                writer.write(value);
            }
            return text.toString().strip();
        }
    }

    private static Div side(String heading, Pre json) {
        json.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        Div side = new Div(new H4(heading), json);
        side.setWidth("50%");
        return side;
    }

    public Registration addRevertListener(ComponentEventListener<RevertEvent> listener) {
        return addListener(RevertEvent.class, listener);
    }

    /** Revert the entry shown. */
    public static class RevertEvent extends ComponentEvent<AuditEntryDetails> {
        private final AuditEntry entry;

        RevertEvent(AuditEntryDetails details, AuditEntry entry) {
            super(details, false);
            this.entry = entry;
        }

        public AuditEntry entry() {
            return entry;
        }
    }
}
