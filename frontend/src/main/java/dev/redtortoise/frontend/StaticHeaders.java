package dev.redtortoise.frontend;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers a CDN adds in front of the SPA's bucket, added here where Payara serves the same files at
 * {@code /}: a Content-Security-Policy without inline script (the built page has none: Vite emits only
 * script files), no framing, no MIME sniffing, a short Referer, HSTS with {@code RT_HTTPS=true}. The API may
 * live on another origin ({@code apiUrl} in {@code config.json}): the policy lets the page call it.
 */
@WebFilter(urlPatterns = "/*")
public class StaticHeaders extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final Pattern API_URL = Pattern.compile("\"apiUrl\"\\s*:\\s*\"([^\"]*)\"");

    private String policy;
    private boolean https;

    @Override
    public void init(FilterConfig config) throws ServletException {
        policy = policy(apiOrigin(config));
        https = Boolean.parseBoolean(System.getenv().getOrDefault("RT_HTTPS", "false"));
    }

    /** Scripts, styles and fonts only from here; images from anywhere on https (avatars, article images). */
    static String policy(String apiOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' https: data:; "
                + "connect-src 'self'" + (apiOrigin.isEmpty() ? "" : " " + apiOrigin) + "; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static String apiOrigin(FilterConfig config) throws ServletException {
        try (InputStream in = config.getServletContext().getResourceAsStream("/config.json")) {
            if (in == null) {
                return "";
            }
            Matcher apiUrl = API_URL.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!apiUrl.find()) {
                return "";
            }
            URI uri = URI.create(apiUrl.group(1));
            return uri.getScheme() == null || uri.getHost() == null ? ""
                    : uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IOException | IllegalArgumentException e) {
            throw new ServletException("config.json cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
