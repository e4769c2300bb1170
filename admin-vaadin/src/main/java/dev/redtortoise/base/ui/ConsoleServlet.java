package dev.redtortoise.base.ui;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.annotation.security.DeclareRoles;
import jakarta.servlet.annotation.WebServlet;

/**
 * The console's Vaadin servlet at the WAR's root ({@code /admin}). The roles are declared here so the
 * container answers {@code isUserInRole} for them.
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true, loadOnStartup = 1)
@DeclareRoles({"ADMIN", "OPERATOR", "VIEWER"})
public class ConsoleServlet extends CdiVaadinServlet {
}
