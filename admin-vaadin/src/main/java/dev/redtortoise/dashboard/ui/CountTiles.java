package dev.redtortoise.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.redtortoise.dashboard.boundary.Snapshot;
import dev.redtortoise.dashboard.entity.Bucket;
import dev.redtortoise.dashboard.entity.Reading;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The counts: accounts, articles, what the imports wrote and rejected today (UTC), and the requests
 * geo-blocking refused today with the countries refused most beneath. The tiles stay and
 * only their numbers change, so a refresh sends a few texts, not new elements. An unknown count shows "?"
 * with the reason as its tooltip.
 */
class CountTiles extends FlexLayout {

    static final int BLOCKED_SHOWN = 3;

    private final Span accounts = number("accounts");
    private final Span articles = number("articles");
    private final Span imported = number("imported-today");
    private final Span rejected = number("rejected-today");
    private final Span blocked = number("blocked-today");
    private final Span blockedMost = new Span();

    CountTiles() {
        setId("counts");
        setFlexWrap(FlexWrap.WRAP);
        addClassName("dashboard-row");
        blockedMost.setId("blocked-most");
        blockedMost.addClassName("reason");
        Div blockedTile = tile(blocked, "Blocked today (geo)");
        blockedTile.add(blockedMost);
        add(tile(accounts, "Accounts"), tile(articles, "Articles"), tile(imported, "Imported today"),
                tile(rejected, "Rejected today"), blockedTile);
    }

    void show(Snapshot snapshot) {
        Bucket today = snapshot.importedToday();
        String failure = snapshot.imports().failure();
        set(accounts, snapshot.accounts());
        set(articles, snapshot.articles());
        set(imported, today == null ? new Reading<>(null, failure) : new Reading<>(today.primary(), null));
        set(rejected, today == null ? new Reading<>(null, failure) : new Reading<>(today.secondary(), null));
        Reading<Map<String, Long>> byCountry = snapshot.blockedToday();
        set(blocked, byCountry.ok() ? new Reading<>(byCountry.value().values().stream().mapToLong(Long::longValue).sum(), null)
                : new Reading<>(null, byCountry.failure()));
        blockedMost.setText(byCountry.ok() ? most(byCountry.value(), BLOCKED_SHOWN) : "");
    }

    /** The first {@code shown} countries of counts ordered most first, as "US 12 · NL 3", "…" after them when there are more. */
    static String most(Map<String, Long> counts, int shown) {
        String most = counts.entrySet().stream().limit(shown).map(count -> count.getKey() + " " + format(count.getValue()))
                .collect(Collectors.joining(" · "));
        return counts.size() > shown ? most + " · …" : most;
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
