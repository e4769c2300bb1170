package dev.redtortoise.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.redtortoise.accounts.boundary.AccountAdministration;
import dev.redtortoise.accounts.entity.Account;
import dev.redtortoise.accounts.entity.AccountRole;
import dev.redtortoise.accounts.entity.AccountStatus;
import dev.redtortoise.accounts.entity.AccountSummary;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.base.ui.ReasonDialog;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.console.ui.SignedIn;
import dev.redtortoise.console.ui.TemporaryPasswordDialog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Customer accounts, page by page (the grid asks the boundary for the rows it shows, never the table),
 * searched by the start of the username or e-mail. Operators and administrators (not viewers: the list is
 * customers' personal data) ban and unban with a reason and reset a password.
 */
@Route(value = "accounts", layout = MainLayout.class)
@PageTitle("Customer accounts | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR})
public class AccountListView extends VerticalLayout {

    static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final AccountAdministration accounts;
    private final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
    private final TextField search = new TextField();
    private final Span total = new Span();
    private final Button ban = new Button("Ban…", click -> selected().ifPresent(this::askBan));
    private final Button unban = new Button("Unban…", click -> selected().ifPresent(this::askUnban));
    private final Button reset = new Button("Reset password…", click -> selected().ifPresent(this::askReset));
    /** The selected account as last read (after a change, the grid's selection still holds the old row). */
    private AccountSummary selected;

    @Inject
    public AccountListView(AccountAdministration accounts) {
        this.accounts = accounts;
        setSizeFull();

        search.setId("accounts-search");
        search.setPlaceholder("username or e-mail starts with…");
        search.setClearButtonVisible(true);
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        total.setId("accounts-count");

        grid.setId("accounts-grid");
        grid.addColumn(AccountSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(AccountSummary::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(account -> account.status() == AccountStatus.BANNED
                ? "banned: " + account.banReason() : "active").setHeader("Status").setFlexGrow(2);
        grid.addColumn(account -> account.roles().stream().map(AccountRole::name).sorted()
                .collect(Collectors.joining(", "))).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(account -> CREATED.format(account.createdAt())).setHeader("Created (UTC)").setAutoWidth(true);
        grid.setItems(query -> accounts.page(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> {
                    long count = accounts.count(search.getValue());
                    total.setText(count == 1 ? "1 account" : count + " accounts");
                    return (int) Math.min(Integer.MAX_VALUE, count);
                }).setIdentifierProvider(AccountSummary::id);
        grid.asSingleSelect().addValueChangeListener(change -> {
            selected = change.getValue();
            showActions();
        });

        ban.setId("ban-account");
        unban.setId("unban-account");
        reset.setId("reset-account-password");
        HorizontalLayout actions = new HorizontalLayout(ban, unban, reset);
        showActions();

        HorizontalLayout bar = new HorizontalLayout(new H2("Customer accounts"), search, total);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, actions, grid);
        expand(grid);
    }

    private Optional<AccountSummary> selected() {
        return Optional.ofNullable(selected);
    }

    private void showActions() {
        Optional<AccountSummary> account = selected();
        boolean banned = account.map(row -> row.status() == AccountStatus.BANNED).orElse(false);
        ban.setEnabled(account.isPresent() && !banned);
        unban.setEnabled(banned);
        reset.setEnabled(account.isPresent());
    }

    private void askBan(AccountSummary account) {
        new ReasonDialog("Ban " + account.username(), "Ban", Account.BAN_REASON_MAX,
                reason -> Permissions.asOperator("ban accounts",
                () -> changed(accounts.ban(actor(), account.id(), reason), "banned"))).open();
    }

    private void askUnban(AccountSummary account) {
        new ReasonDialog("Unban " + account.username(), "Unban", Account.BAN_REASON_MAX,
                reason -> Permissions.asOperator("unban accounts",
                () -> changed(accounts.unban(actor(), account.id(), reason), "unbanned"))).open();
    }

    private void askReset(AccountSummary account) {
        Dialog confirm = new Dialog("Reset the password of " + account.username() + "?");
        confirm.add(new Paragraph("The customer's current password stops working; you hand over the new one."));
        Button yes = new Button("Reset", click -> {
            confirm.close();
            Permissions.asOperator("reset customer passwords", () -> TemporaryPasswordDialog.show(account.username(),
                    accounts.resetPassword(actor(), account.id())));
        });
        yes.setId("confirm-reset");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button("Cancel", click -> confirm.close()), yes);
        confirm.open();
    }

    private void changed(AccountSummary account, String what) {
        Notification.show("Account " + account.username() + " " + what + ".").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.getDataProvider().refreshAll(); // the changed row is a new value: read the page again
        selected = account;
        showActions();
    }

    private static Actor actor() {
        return Actor.console(SignedIn.current().orElseThrow().username());
    }
}
