package dev.redtortoise.api;

import dev.redtortoise.articles.boundary.Articles;
import dev.redtortoise.articles.boundary.Tags;
import dev.redtortoise.platform.metrics.BusinessMetrics;
import dev.redtortoise.settings.control.CurrentSettings;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.metrics.Timer;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the busiest anonymous reads, {@code GET /api/tags} and the first page of {@code GET /api/articles},
 * from the JSON the resources already made ({@link RenderedLists}), without going through JAX-RS: only
 * while the domain's cache still holds the very list that JSON was made from, so a write here or on another
 * instance makes the next read go through JAX-RS as before. The answer is the resource's: same bytes,
 * status and content type, CORS headers for an allowed origin, counted in {@code rt_api_requests} under
 * the resource's route. Everything else passes on: other methods (HEAD, preflights), a token (a personal
 * answer), another query (filters, later pages, an odd spelling), an {@code Accept} that would not take
 * JSON, a body, or a list not at hand. Registered after the declared filters (see {@link Registration}), so
 * geo-blocking, the security headers and request tracking apply first, as they do to every request.
 */
public class RenderedAnswers extends HttpFilter {

    /** {@code limit=N}, {@code limit=N&offset=0}, {@code offset=0&limit=N} for N of 1 to 100, or no query. */
    private static final Pattern FIRST_PAGE = Pattern.compile(
            "(?:limit=([1-9][0-9]?|100)(?:&offset=0)?|offset=0&limit=([1-9][0-9]?|100))");

    @Inject
    Tags tags;

    @Inject
    Articles articles;

    @Inject
    RenderedLists rendered;

    @Inject
    CurrentSettings settings;

    @Inject
    BusinessMetrics metrics;

    private volatile Timer tagsTimer;
    private volatile Timer articlesTimer;

    /** Maps the filter behind every filter the part declares, on exactly the two paths it may answer. */
    @WebListener
    public static class Registration implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            FilterRegistration.Dynamic filter = event.getServletContext().addFilter(RenderedAnswers.class.getName(),
                    RenderedAnswers.class);
            filter.setAsyncSupported(true);
            filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/tags", "/articles");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        boolean tagList = request.getRequestURI().endsWith("/tags");
        byte[] json = anonymousRead(request) ? (tagList ? tags(request) : firstPage(request)) : null;
        if (json == null) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        if (Cors.allowed(settings, origin)) {
            response.setHeader(Cors.ALLOW_ORIGIN, origin);
            response.addHeader("Vary", "Origin");
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
        timer(request, tagList).update(Duration.ofNanos(System.nanoTime() - started));
    }

    private byte[] tags(HttpServletRequest request) {
        if (request.getQueryString() != null) {
            return null;
        }
        return tags.popularIfCached().map(list -> rendered.jsonIfOf(RenderedLists.TAGS, list)).orElse(null);
    }

    private byte[] firstPage(HttpServletRequest request) {
        String query = request.getQueryString();
        int limit = Articles.LIMIT_DEFAULT;
        if (query != null) {
            Matcher first = FIRST_PAGE.matcher(query);
            if (!first.matches()) {
                return null;
            }
            limit = Integer.parseInt(first.group(1) != null ? first.group(1) : first.group(2));
        }
        Paging paging = new Paging(0, limit);
        return articles.listIfCached(paging.offset(), paging.limit())
                .map(page -> rendered.jsonIfOf(RenderedLists.page(null, null, null, paging), page)).orElse(null);
    }

    /** A GET with no token, no body, and an Accept (if any) that takes JSON: what JAX-RS answers the same to all. */
    static boolean anonymousRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getHeader("Authorization") == null
                && request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null
                && takesJson(request.getHeader("Accept"));
    }

    /** Whether a media range of the header admits {@code application/json} with a weight above 0. */
    static boolean takesJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase();
            if (type.equals("*/*") || type.equals("application/*") || type.equals(MediaType.APPLICATION_JSON)) {
                if (parts.length == 1 || (parts.length == 2 && weighted(parts[1].trim()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code q=} with a weight above 0 (the only parameter a range here may have). */
    private static boolean weighted(String parameter) {
        if (!parameter.startsWith("q=")) {
            return false;
        }
        try {
            return Double.parseDouble(parameter.substring(2)) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The resource's timer for its route template, {@code /api/tags} or {@code /api/articles}, kept once looked up. */
    private Timer timer(HttpServletRequest request, boolean tagList) {
        Timer timer = tagList ? tagsTimer : articlesTimer;
        if (timer == null) {
            timer = metrics.apiRequest("GET", request.getContextPath() + (tagList ? "/tags" : "/articles"), 200);
            if (tagList) {
                tagsTimer = timer;
            } else {
                articlesTimer = timer;
            }
        }
        return timer;
    }
}
