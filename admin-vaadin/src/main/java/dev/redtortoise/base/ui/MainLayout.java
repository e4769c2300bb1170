package dev.redtortoise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.redtortoise.accounts.ui.AccountListView;
import dev.redtortoise.audit.ui.AuditLogView;
import dev.redtortoise.console.ui.ChangePasswordView;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.console.ui.SignedIn;
import dev.redtortoise.dashboard.ui.DashboardView;
import dev.redtortoise.deadletters.ui.DeadLetterListView;
import dev.redtortoise.feeds.ui.FeedSourceListView;
import dev.redtortoise.geoblock.ui.GeoPolicyView;
import dev.redtortoise.jobs.ui.JobRunListView;
import dev.redtortoise.moderation.ui.ArticleModerationView;
import dev.redtortoise.moderation.ui.DeletedArticleListView;
import dev.redtortoise.schedules.ui.ScheduleListView;
import dev.redtortoise.settings.ui.SettingListView;
import dev.redtortoise.staff.ui.StaffListView;

/**
 * Navigation on the left (only the views the signed-in user's role may open), the user and "sign out" at
 * the top.
 */
@StyleSheet("context://styles/console.css")
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1("Red Tortoise");
        title.addClassName("console-title");

        SideNav nav = new SideNav();
        nav.addItem(item("Dashboard", DashboardView.class, "nav-dashboard"));
        nav.addItem(item("Feed sources", FeedSourceListView.class, "nav-feeds"));
        nav.addItem(item("Job runs", JobRunListView.class, "nav-jobs"));
        nav.addItem(item("Schedules", ScheduleListView.class, "nav-schedules"));
        nav.addItem(item("Dead letters", DeadLetterListView.class, "nav-dead-letters"));
        if (Permissions.mayOperate()) {
            nav.addItem(item("Customer accounts", AccountListView.class, "nav-accounts"));
        }
        nav.addItem(item("Moderation", ArticleModerationView.class, "nav-moderation"));
        if (Permissions.mayOperate()) {
            nav.addItem(item("Trash", DeletedArticleListView.class, "nav-trash"));
        }
        nav.addItem(item("Settings", SettingListView.class, "nav-settings"));
        nav.addItem(item("Geo-blocking", GeoPolicyView.class, "nav-geo-blocking"));
        nav.addItem(item("Audit log", AuditLogView.class, "nav-audit"));
        if (Permissions.mayAdminister()) {
            nav.addItem(item("Staff users", StaffListView.class, "nav-staff"));
        }
        nav.addItem(item("Change password", ChangePasswordView.class, "nav-password"));

        String user = SignedIn.current().map(SignedIn::username).orElse("");
        Button signOut = new Button("Sign out", click -> signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, new Span(user), signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("console-bar");

        addToNavbar(bar);
        // the customer API's own documentation (Swagger UI over the Conduit contract), served by the API part
        Anchor apiDocs = new Anchor("/api/docs/", "API documentation");
        apiDocs.setTarget(AnchorTarget.BLANK);
        apiDocs.setId("api-docs");
        apiDocs.addClassName("console-api-docs");
        addToDrawer(nav, apiDocs);
    }

    private static SideNavItem item(String label, Class<? extends Component> view, String id) {
        SideNavItem item = new SideNavItem(label, view);
        item.setId(id);
        return item;
    }

    private void signOut() {
        String contextPath = VaadinServletRequest.getCurrent().getContextPath();
        VaadinSession.getCurrent().getSession().invalidate();
        getUI().ifPresent(ui -> ui.getPage().setLocation(contextPath + "/login"));
    }
}
