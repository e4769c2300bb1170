package dev.redtortoise.deadletters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.console.ui.SignedIn;
import dev.redtortoise.deadletters.boundary.DeadLetterQueues;
import dev.redtortoise.deadletters.entity.DeadLetter;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * The dead-letter queues, oldest first: every role reads them, operators replay or discard one or all.
 * Bodies are text (never HTML), cut short in the grid and whole in the details.
 */
@Route(value = "dead-letters", layout = MainLayout.class)
@PageTitle("Dead letters | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR, Permissions.VIEWER})
public class DeadLetterListView extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    static final int GRID_BODY = 80;

    private final DeadLetterQueues queues;
    final Grid<DeadLetter> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    @Inject
    public DeadLetterListView(DeadLetterQueues queues) {
        this.queues = queues;
        setSizeFull();
        boolean mayOperate = Permissions.mayOperate();
        grid.setId("dead-letters-grid");
        grid.addColumn(DeadLetter::originalAddress).setHeader("Original address").setAutoWidth(true);
        grid.addColumn(letter -> letter.type() == null ? "" : letter.type()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(letter -> TIME.format(letter.sentAt())).setHeader("Sent (first failure soon after)")
                .setAutoWidth(true);
        grid.addColumn(DeadLetter::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(letter -> DeadLetter.excerpt(letter.body(), GRID_BODY)).setHeader("Body").setFlexGrow(2);
        grid.addComponentColumn(letter -> actions(letter, mayOperate)).setHeader("").setAutoWidth(true).setFlexGrow(0);

        Button refresh = new Button("Refresh", click -> refresh());
        refresh.setId("dead-letters-refresh");
        Button replayAll = new Button("Replay all", click -> confirmAll("replay", () -> queues.replayAll(actor())));
        replayAll.setId("dead-letters-replay-all");
        Button discardAll = new Button("Discard all", click -> confirmAll("discard", () -> queues.discardAll(actor())));
        discardAll.setId("dead-letters-discard-all");
        discardAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        replayAll.setVisible(mayOperate);
        discardAll.setVisible(mayOperate);
        count.setId("dead-letters-count");

        add(new H2("Dead letters"),
                new Paragraph("Messages the broker gave up on once every delivery attempt failed, at most "
                        + DeadLetterQueues.LISTED + " shown. A replay sends a message back to its original address;"
                        + " consumers skip what they already did."),
                new HorizontalLayout(refresh, replayAll, discardAll), count, grid);
        refresh();
    }

    /** Buttons rather than a row click: a click on Replay would open the details over the page as well. */
    private HorizontalLayout actions(DeadLetter letter, boolean mayOperate) {
        Button show = new Button("Show", click -> new DeadLetterDetails(letter).open());
        show.setId("show-" + letter.id());
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (!mayOperate) {
            return new HorizontalLayout(show);
        }
        Button replay = new Button("Replay", click -> move("replay", () -> queues.replay(actor(), letter.id())));
        replay.setId("replay-" + letter.id());
        Button discard = new Button("Discard", click -> move("discard", () -> queues.discard(actor(), letter.id())));
        discard.setId("discard-" + letter.id());
        replay.addThemeVariants(ButtonVariant.LUMO_SMALL);
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(show, replay, discard);
    }

    private void move(String verb, Supplier<DeadLetter> action) {
        Permissions.asOperator(verb + " dead letters", () -> {
            try {
                DeadLetter moved = action.get();
                Notification.show((verb.equals("replay") ? "Replayed to " + moved.originalAddress() : "Discarded")
                        + ": " + moved.id()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (Refusal refusal) {
                Notification.show(String.join("; ", refusal.messages())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
    }

    private void confirmAll(String verb, Supplier<Integer> action) {
        new ConfirmAll(verb, () -> Permissions.asOperator(verb + " dead letters", () -> {
            int moved = action.get();
            Notification.show((verb.equals("replay") ? "Replayed " : "Discarded ") + moved + " dead letters.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        })).open();
    }

    private static Actor actor() {
        return Actor.console(SignedIn.current().map(SignedIn::username).orElseThrow());
    }

    private void refresh() {
        try {
            var letters = queues.list();
            grid.setItems(letters);
            count.setText(letters.isEmpty() ? "No dead letters." : letters.size() + " dead letters.");
        } catch (Refusal refusal) {
            grid.setItems();
            count.setText("The dead-letter queues cannot be read now: " + String.join("; ", refusal.messages()));
        }
    }
}
