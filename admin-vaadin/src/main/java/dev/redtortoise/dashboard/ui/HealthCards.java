package dev.redtortoise.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.redtortoise.dashboard.boundary.Snapshot;

import java.util.List;

/** A card per dependency and part, UP or DOWN, with what its check said. */
class HealthCards extends FlexLayout {

    HealthCards() {
        setId("health");
        setFlexWrap(FlexWrap.WRAP);
        addClassName("dashboard-row");
    }

    void show(List<Snapshot.Health> health) {
        removeAll();
        for (Snapshot.Health part : health) {
            String status = part.up() ? "UP" : "DOWN";
            Div card = new Div(new H4(part.name()), new Span(status));
            card.addClassName("health-card");
            card.setId("health-" + part.name());
            card.getElement().setAttribute("data-status", status);
            if (!part.detail().isEmpty()) {
                Span detail = new Span(part.detail());
                detail.addClassName("reason");
                card.add(detail);
            }
            add(card);
        }
    }
}
