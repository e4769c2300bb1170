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
 * Headers every answer of a Java part carries (API, console, operations endpoint): a Content-Security-Policy,
 * no MIME sniffing, no framing by other sites, no full URL in the Referer sent elsewhere, and HSTS once the
 * site is served over HTTPS ({@code RT_HTTPS=true}, usually at the load balancer). Set before the part's own
 * code runs, so a refusal or an error page carries them too.
 * <p>
 * The policies: JSON answers may load nothing; the API reference loads only its own scripts; the console
 * allows what Vaadin Flow's client needs, inline and evaluated script (its bootstrap and the server's
 * {@code executeJs}) and inline styles, and nothing from another origin.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String JSON_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    @ConfigProperty(name = "rt.https", defaultValue = "false")
    boolean https;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy(request.getContextPath(), request.getRequestURI()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    /** The console's policy in the console, the reference's under {@code /api/docs}, else the JSON one. */
    static String policy(String contextPath, String uri) {
        if (contextPath.equals("/admin")) {
            return CONSOLE_POLICY;
        }
        return uri.startsWith("/api/docs") ? API_DOCS_POLICY : JSON_POLICY;
    }
}
