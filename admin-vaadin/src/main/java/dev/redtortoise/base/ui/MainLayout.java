package dev.redtortoise.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.redtortoise.console.ui.SignedIn;
import dev.redtortoise.dashboard.ui.DashboardView;

/** Navigation on the left, the signed-in user and "sign out" at the top. */
@StyleSheet("context://styles/console.css")
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1("Red Tortoise");
        title.addClassName("console-title");

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Dashboard", DashboardView.class));

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
        addToDrawer(nav);
    }

    private void signOut() {
        String contextPath = VaadinServletRequest.getCurrent().getContextPath();
        VaadinSession.getCurrent().getSession().invalidate();
        getUI().ifPresent(ui -> ui.getPage().setLocation(contextPath + "/login"));
    }
}
