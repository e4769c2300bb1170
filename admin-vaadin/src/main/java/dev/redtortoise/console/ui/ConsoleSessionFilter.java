package dev.redtortoise.console.ui;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Runs {@link ConsoleSessions#check} before every console request but the static bundle's files: a click
 * is an XHR to the Vaadin servlet even with push (client to server goes over HTTP), so it passes here.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ConsoleSessionFilter extends HttpFilter {

    @Inject
    ConsoleSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && !request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/")) {
            String query = request.getQueryString();
            boolean heartbeat = query != null && query.contains("v-r=heartbeat");
            try {
                sessions.check(session, !heartbeat);
            } catch (IllegalStateException alreadyInvalidated) {
                // a concurrent request ended this session first: the request below meets it expired
            }
        }
        chain.doFilter(request, response);
    }
}
