package dev.redtortoise.deadletters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import dev.redtortoise.deadletters.entity.DeadLetter;

/** One dead letter whole: its ids, where it came from, its properties and its body, all as plain text. */
class DeadLetterDetails extends Dialog {

    DeadLetterDetails(DeadLetter letter) {
        setId("dead-letter-details");
        setHeaderTitle("Dead letter " + letter.id());
        setWidth("48em");
        StringBuilder about = new StringBuilder()
                .append("Original address: ").append(letter.originalAddress()).append(letter.topic() ? " (topic)" : " (queue)")
                .append("\nDead-letter queue: ").append(letter.queue())
                .append("\nType: ").append(letter.type() == null ? "-" : letter.type())
                .append("\nBus id: ").append(letter.busId() == null ? "-" : letter.busId())
                .append("\nSent: ").append(DeadLetterListView.TIME.format(letter.sentAt()))
                .append("\nAttempts: ").append(letter.attempts());
        letter.properties().forEach((name, value) -> about.append("\nProperty ").append(name).append(": ").append(value));
        Pre properties = new Pre(about.toString());
        properties.setId("dead-letter-about");
        // text content, never markup: a body can hold anything a producer sent
        Pre body = new Pre(letter.body());
        body.setId("dead-letter-body");
        body.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        add(properties, new Div("Body"), body);
        Button close = new Button("Close", click -> close());
        close.setId("dead-letter-close");
        getFooter().add(close);
    }
}
