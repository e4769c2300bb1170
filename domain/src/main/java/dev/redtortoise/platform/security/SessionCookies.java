package dev.redtortoise.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie of every Java part (the console's sign-in lives in it): out of reach of scripts
 * ({@code HttpOnly}) and only sent over HTTPS once the site is served so ({@code RT_HTTPS=true}). Its
 * {@code SameSite=Strict} is the HTTP listener's setting (Payara does not take it from here).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "rt.https", defaultValue = "false")
    boolean https;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(https);
    }
}
