package dev.redtortoise.platform.errors;

import io.sentry.ISentryLifecycleToken;
import io.sentry.ITransaction;
import io.sentry.Sentry;
import io.sentry.SpanStatus;
import io.sentry.TransactionContext;
import io.sentry.TransactionOptions;
import io.sentry.protocol.Request;
import io.sentry.protocol.TransactionNameSource;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives every request its own Sentry scope with what support needs to find it: method, URL, the query with
 * secret-looking values removed, a route, and a few harmless headers (an allow-list: never Authorization,
 * cookies, or a client address); a trace at {@code RT_SENTRY_TRACES_SAMPLE_RATE}; and an event for anything
 * that escapes the part's own error handling. Ours, because {@code sentry-servlet-jakarta} is not on the
 * Maven Central reached here. With error tracking off it only passes the request on.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestTracking extends HttpFilter {

    static final List<String> KEPT_HEADERS = List.of("User-Agent", "Accept", "Content-Type", "Content-Length", "Origin");
    /** Path segments that are ids, so that one route is one name: numbers, UUIDs, long hex or base64-like tokens. */
    private static final Pattern ID_SEGMENT = Pattern.compile(
            "/(\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{16,}|[A-Za-z0-9_-]{32,})(?=/|$)");
    private static final SecretScrubber QUERIES = new SecretScrubber(List.of());

    @Inject
    ErrorTracking tracking;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // null where the server applies the filter to a servlet of its own without injecting it (Payara
        // Server's health servlet inside the EAR)
        if (tracking == null || !tracking.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        String route = request.getMethod() + " " + route(request.getRequestURI());
        try (ISentryLifecycleToken scope = Sentry.pushIsolationScope()) {
            Sentry.configureScope(current -> {
                current.setRequest(describe(request));
                current.setTransaction(route);
            });
            ITransaction transaction = tracking.tracing() ? start(route) : null;
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException | Error failure) {
                Sentry.captureException(failure);
                if (transaction != null) {
                    transaction.setThrowable(failure);
                    transaction.setStatus(SpanStatus.INTERNAL_ERROR);
                }
                throw failure;
            } finally {
                if (transaction != null) {
                    transaction.setData("http.response.status_code", response.getStatus());
                    transaction.finish(transaction.getStatus() != null ? transaction.getStatus()
                            : SpanStatus.fromHttpStatusCode(response.getStatus(), SpanStatus.OK));
                }
            }
        }
    }

    private static ITransaction start(String route) {
        TransactionOptions options = new TransactionOptions();
        options.setBindToScope(true);
        return Sentry.startTransaction(new TransactionContext(route, TransactionNameSource.ROUTE, "http.server"), options);
    }

    static Request describe(HttpServletRequest request) {
        Request described = new Request();
        described.setMethod(request.getMethod());
        described.setUrl(request.getRequestURL().toString());
        described.setQueryString(QUERIES.query(request.getQueryString()));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        described.setHeaders(headers);
        return described;
    }

    /** The path with id segments replaced; the JAX-RS parts name it more precisely once a resource matched. */
    static String route(String path) {
        return ID_SEGMENT.matcher(path).replaceAll("/{id}");
    }
}
