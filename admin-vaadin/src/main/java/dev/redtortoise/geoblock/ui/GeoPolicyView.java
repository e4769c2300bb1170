package dev.redtortoise.geoblock.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.geoblock.boundary.GeoBlocking;
import dev.redtortoise.geoblock.control.BlockedCounts;
import dev.redtortoise.geoblock.entity.GeoPolicy;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The geo-blocking policy, today's blocked requests by country, and a check of an address against the
 * policy as the form holds it. Every role reads; only an administrator saves, checked again on the server,
 * through the boundary the operations endpoint calls (which records the audit entry), warned first when
 * the policy would refuse the administrator's own address at the console.
 */
@Route(value = "geo-blocking", layout = MainLayout.class)
@PageTitle("Geo-blocking | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR, Permissions.VIEWER})
public class GeoPolicyView extends VerticalLayout {

    static final String ACTION = "change the geo-blocking policy";
    private static final Logger LOG = Logger.getLogger(GeoPolicyView.class.getName());

    private final GeoBlocking geoBlocking;
    private final GeoPolicyForm form = new GeoPolicyForm();
    private final Grid<Map.Entry<String, Long>> blocked = new Grid<>();

    @Inject
    public GeoPolicyView(GeoBlocking geoBlocking) {
        this.geoBlocking = geoBlocking;
        setSizeFull();
        form.onSave(this::save);
        form.onCheck(this::check);

        blocked.setId("geo-blocked-grid");
        blocked.setAllRowsVisible(true);
        blocked.addThemeVariants(GridVariant.LUMO_COMPACT);
        blocked.addColumn(count -> country(count.getKey())).setHeader("Country").setFlexGrow(1);
        blocked.addColumn(Map.Entry::getValue).setHeader("Blocked").setAutoWidth(true).setFlexGrow(0);

        VerticalLayout today = new VerticalLayout(new H3("Blocked today (UTC)"), blocked);
        today.setPadding(false);
        HorizontalLayout content = new HorizontalLayout(form, today);
        content.setWidthFull();
        content.setFlexGrow(1, today);
        add(new H2("Geo-blocking"), new Paragraph("Every part refuses requests from the countries the policy does"
                + " not admit; a change applies on every part within seconds, without a restart."), content);
        show(geoBlocking.policy());
    }

    /** A country code as the console shows it; "ZZ" counts the addresses the database does not know. */
    static String country(String code) {
        return BlockedCounts.UNKNOWN.equals(code) ? "Unknown address (" + code + ")" : GeoPolicyForm.country(code);
    }

    static String describe(GeoBlocking.Verdict verdict) {
        return verdict.client().getHostAddress() + " is "
                + verdict.country().map(code -> "in " + GeoPolicyForm.country(code)).orElse("of no known country")
                + ": " + (verdict.admitted() ? verdict.exempt() ? "admitted (exempt)" : "admitted" : "blocked") + ".";
    }

    private void show(GeoPolicy policy) {
        form.edit(policy, Permissions.mayAdminister());
        blocked.setItems(List.copyOf(geoBlocking.blockedOn(LocalDate.now(ZoneOffset.UTC)).entrySet()));
    }

    private static GeoPolicy draft(GeoPolicyForm.Edited edited) {
        return GeoPolicy.draft(edited.mode(), edited.countries(), edited.blockUnknown(), edited.exemptPaths(),
                edited.exemptNetworks());
    }

    private void check(GeoPolicyForm.Edited edited, String address) {
        try {
            String found = describe(geoBlocking.verdict(draft(edited), "/api", address));
            form.showProblems(List.of());
            form.showVerdict(found);
        } catch (Refusal refusal) {
            form.showProblems(refusal.messages());
            form.showVerdict("");
        }
    }

    private void save(GeoPolicyForm.Edited edited) {
        Permissions.asAdmin(ACTION, () -> {
            try {
                HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
                GeoBlocking.Verdict own = geoBlocking.verdict(draft(edited), request.getContextPath() + "/",
                        request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
                if (own.admitted()) {
                    store(edited);
                } else {
                    new LockOutWarning(describe(own), () -> store(edited)).open();
                }
            } catch (Refusal refusal) {
                form.showProblems(refusal.messages());
            }
        });
    }

    private void store(GeoPolicyForm.Edited edited) {
        Permissions.asAdmin(ACTION, () -> {
            try {
                GeoPolicy saved = geoBlocking.change(Permissions.actor(), edited.mode(), edited.countries(),
                        edited.blockUnknown(), edited.exemptPaths(), edited.exemptNetworks());
                LOG.info(() -> "geo-blocking policy version " + saved.version() + " saved in the console");
                Notification saying = Notification.show("Geo-blocking policy saved: every part applies it within seconds.");
                saying.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saying.setId("geo-saved");
                show(saved);
            } catch (Refusal refusal) {
                form.showProblems(refusal.messages());
            }
        });
    }
}
