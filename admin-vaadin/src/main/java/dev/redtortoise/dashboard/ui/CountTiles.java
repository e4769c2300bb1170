package dev.redtortoise.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.redtortoise.dashboard.boundary.Snapshot;
import dev.redtortoise.dashboard.entity.Bucket;
import dev.redtortoise.dashboard.entity.Reading;

import java.util.Locale;

/**
 * The counts: accounts, articles, and what the imports wrote and rejected today (UTC). The tiles stay and
 * only their numbers change, so a refresh sends a few texts, not new elements. An unknown count shows "?"
 * with the reason as its tooltip.
 */
class CountTiles extends FlexLayout {

    private final Span accounts = number("accounts");
    private final Span articles = number("articles");
    private final Span imported = number("imported-today");
    private final Span rejected = number("rejected-today");

    CountTiles() {
        setId("counts");
        setFlexWrap(FlexWrap.WRAP);
        addClassName("dashboard-row");
        add(tile(accounts, "Accounts"), tile(articles, "Articles"), tile(imported, "Imported today"),
                tile(rejected, "Rejected today"));
    }

    void show(Snapshot snapshot) {
        Bucket today = snapshot.importedToday();
        String failure = snapshot.imports().failure();
        set(accounts, snapshot.accounts());
        set(articles, snapshot.articles());
        set(imported, today == null ? new Reading<>(null, failure) : new Reading<>(today.primary(), null));
        set(rejected, today == null ? new Reading<>(null, failure) : new Reading<>(today.secondary(), null));
    }

    static String format(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    private static void set(Span number, Reading<Long> value) {
        number.setText(value.ok() ? format(value.value()) : "?");
        number.getElement().setAttribute("data-value", value.ok() ? String.valueOf(value.value()) : "");
        number.getElement().setAttribute("title", value.ok() ? "" : value.failure());
    }

    private static Span number(String id) {
        Span number = new Span("…");
        number.setId("count-" + id);
        number.addClassName("count-value");
        return number;
    }

    private static Div tile(Span number, String label) {
        Div tile = new Div(number, new Span(label));
        tile.addClassName("count-tile");
        return tile;
    }
}
