package dev.redtortoise.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/**
 * Headers every answer of a Java part carries (API, console, operations endpoint): no MIME sniffing, no
 * framing by other sites, no full URL in the Referer sent elsewhere, and HSTS once the site is served over
 * HTTPS ({@code RT_HTTPS=true}, usually at the load balancer). Set before the part's own code runs, so a
 * refusal or an error page carries them too.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    @ConfigProperty(name = "rt.https", defaultValue = "false")
    boolean https;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
