package dev.redtortoise.base.ui;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.WebServlet;

/** The console's Vaadin servlet at the WAR's root ({@code /admin}). */
@WebServlet(urlPatterns = "/*", asyncSupported = true, loadOnStartup = 1)
public class ConsoleServlet extends CdiVaadinServlet {
}
