package dev.redtortoise.platform.errors;

import io.sentry.Breadcrumb;
import io.sentry.SentryBaseEvent;
import io.sentry.SentryEvent;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last check before an event leaves the process: credentials never reach Sentry, whatever code put
 * them into a message, an exception, a breadcrumb or the request. It removes cookies and bodies, secret
 * headers and query values, and in every text the credentials' usual shapes (an Authorization value, a
 * JWT, {@code password=...}, a URL's user info) and the literal values of this process's own secrets.
 */
public final class SecretScrubber {

    static final String FILTERED = "[Filtered]";

    /** A header, parameter or field whose name says that its value is a credential. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(auth|token|secret|passw|pwd|cookie|session|api[-_]?key|signature|credential|jwt).*");
    /** Authorization values: "Token x", "Bearer x", "Basic x". */
    private static final Pattern AUTHORIZATION_VALUE = Pattern.compile("(?i)\\b(Token|Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    /** name=value, name: value and "name":"value" whose name says secret. */
    private static final Pattern SECRET_PAIR = Pattern.compile(
            "(?i)(\"?[\\w.-]*(?:passw|pwd|secret|token|api[-_]?key|authorization|cookie)[\\w.-]*\"?\\s*[:=]\\s*)"
                    + "(\"[^\"]*\"|'[^']*'|[^\\s,;&}\\]]+)");
    /** User info in a URL: scheme://user:password@host. */
    private static final Pattern URL_USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s:@]*:[^/\\s@]*@");

    private final List<String> ownSecrets;

    /** @param ownSecrets values this process holds that must never appear anywhere (blank ones are ignored) */
    public SecretScrubber(Collection<String> ownSecrets) {
        this.ownSecrets = ownSecrets.stream().filter(s -> s != null && s.length() >= 6).toList();
    }

    /** For SentryOptions' beforeSend and beforeSendTransaction: scrubs the event in place and keeps it. */
    public <E extends SentryBaseEvent> E scrub(E event) {
        scrubRequest(event.getRequest());
        if (event.getBreadcrumbs() != null) {
            for (Breadcrumb crumb : event.getBreadcrumbs()) {
                crumb.setMessage(text(crumb.getMessage()));
                crumb.getData().replaceAll((key, value) -> secretName(key) ? FILTERED : textIfString(value));
            }
        }
        if (event.getExtras() != null) {
            event.getExtras().replaceAll((key, value) -> secretName(key) ? FILTERED : textIfString(value));
        }
        if (event.getTags() != null) {
            event.getTags().replaceAll((key, value) -> secretName(key) ? FILTERED : text(value));
        }
        event.setUser(null);
        if (event instanceof SentryEvent error) {
            if (error.getMessage() != null) {
                error.getMessage().setMessage(text(error.getMessage().getMessage()));
                error.getMessage().setFormatted(text(error.getMessage().getFormatted()));
                if (error.getMessage().getParams() != null) {
                    error.getMessage().setParams(error.getMessage().getParams().stream().map(this::text).toList());
                }
            }
            if (error.getExceptions() != null) {
                for (SentryException exception : error.getExceptions()) {
                    exception.setValue(text(exception.getValue()));
                }
            }
        }
        return event;
    }

    private void scrubRequest(Request request) {
        if (request == null) {
            return;
        }
        request.setCookies(null);
        request.setData(null);
        request.setEnvs(null);
        request.setUrl(text(request.getUrl()));
        request.setQueryString(query(request.getQueryString()));
        if (request.getHeaders() != null) {
            Map<String, String> headers = new LinkedHashMap<>();
            request.getHeaders().forEach((name, value) -> headers.put(name, secretName(name) ? FILTERED : text(value)));
            request.setHeaders(headers);
        }
    }

    /** A query string with the values of secret-named parameters replaced, the others scrubbed as text. */
    public String query(String query) {
        if (query == null || query.isEmpty()) {
            return query;
        }
        StringBuilder scrubbed = new StringBuilder();
        for (String pair : query.split("&", -1)) {
            if (!scrubbed.isEmpty()) {
                scrubbed.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            scrubbed.append(eq < 0 ? text(pair) : name + "=" + (secretName(name) ? FILTERED : text(pair.substring(eq + 1))));
        }
        return scrubbed.toString();
    }

    /** Any text with credentials' shapes and this process's own secrets replaced. */
    public String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String scrubbed = text;
        for (String secret : ownSecrets) {
            scrubbed = scrubbed.replace(secret, FILTERED);
        }
        scrubbed = replace(AUTHORIZATION_VALUE, scrubbed, m -> m.group(1) + " " + FILTERED);
        scrubbed = replace(JWT, scrubbed, m -> FILTERED);
        scrubbed = replace(SECRET_PAIR, scrubbed, m -> m.group(1) + FILTERED);
        return replace(URL_USER_INFO, scrubbed, m -> m.group(1) + FILTERED + "@");
    }

    private Object textIfString(Object value) {
        return value instanceof String string ? text(string) : value;
    }

    static boolean secretName(String name) {
        return name != null && SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(with.apply(match)));
    }
}
