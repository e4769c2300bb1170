package dev.redtortoise.geoblock.boundary;

import dev.redtortoise.geoblock.control.BlockedCounts;
import dev.redtortoise.geoblock.control.ClientAddress;
import dev.redtortoise.geoblock.control.CountryDatabase;
import dev.redtortoise.geoblock.control.PolicyCache;
import dev.redtortoise.geoblock.entity.GeoRules;
import dev.redtortoise.platform.errors.ErrorResponses;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The door of every part: a request from a country the policy does not admit gets 403 before any of the
 * part's own code runs (the API's JSON error shape under /api and /orchestration, a small page elsewhere);
 * exempt paths and networks pass without a lookup, and with the policy off it only passes the request on.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class GeoGate extends HttpFilter {

    static final String PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not available in your region</title></head>
            <body><h1>Not available in your region</h1><p>%s</p></body></html>
            """;

    @Inject
    PolicyCache policies;

    @Inject
    ClientAddress clients;

    @Inject
    CountryDatabase countries;

    @Inject
    BlockedCounts counts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // null where the server applies the filter to a servlet of its own without injecting it (Payara
        // Server's health servlet inside the EAR)
        GeoRules rules = policies == null ? GeoRules.OFF : policies.current();
        if (!rules.on()) {
            chain.doFilter(request, response);
            return;
        }
        InetAddress client = clients.of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        if (rules.exempt(request.getRequestURI(), client)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> country = countries.country(client);
        if (rules.admits(country)) {
            chain.doFilter(request, response);
            return;
        }
        counts.blocked(country.orElse(BlockedCounts.UNKNOWN));
        refuse(request, response, country.map(code -> "This service is not available in your region (" + code + ").")
                .orElse("This service is not available where your address is located."));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI();
        if (path.startsWith("/api") || path.startsWith("/orchestration")) {
            response.setContentType("application/json");
            response.getWriter().write(ErrorResponses.json(List.of(reason)));
        } else {
            response.setContentType("text/html");
            response.getWriter().write(PAGE.formatted(reason));
        }
    }
}
