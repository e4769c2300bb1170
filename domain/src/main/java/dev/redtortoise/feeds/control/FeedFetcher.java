package dev.redtortoise.feeds.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Fetches a feed: over http(s) with connect and read timeouts, a size limit, at most
 * {@code RT_FEEDS_MAX_REDIRECTS} redirects and a conditional GET (the last ETag and Last-Modified), so an
 * unchanged feed costs one 304; or from a file, skipped when its modification time has not changed.
 * Timeouts, connection failures, 408, 429 and 5xx are retried with doubling back-off; any other answer
 * fails at once, with the reason.
 */
@ApplicationScoped
public class FeedFetcher {

    /** The feed, or {@code body == null} when it has not changed since the validators given. */
    public record Fetched(byte[] body, String etag, String lastModified) {
        public boolean unchanged() {
            return body == null;
        }
    }

    public static class FetchFailed extends RuntimeException {
        private final boolean permanent;

        FetchFailed(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }

    private static final Logger LOG = Logger.getLogger(FeedFetcher.class.getName());
    static final String USER_AGENT = "RedTortoise-FeedImport/1.0";

    @Inject
    @ConfigProperty(name = "rt.feeds.connect-timeout", defaultValue = "PT5S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "rt.feeds.read-timeout", defaultValue = "PT30S")
    Duration readTimeout;

    @Inject
    @ConfigProperty(name = "rt.feeds.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "rt.feeds.max-redirects", defaultValue = "5")
    int maxRedirects;

    @Inject
    @ConfigProperty(name = "rt.feeds.attempts", defaultValue = "3")
    int attempts;

    @Inject
    @ConfigProperty(name = "rt.feeds.backoff", defaultValue = "PT1S")
    Duration backoff;

    public Fetched fetch(String location, String etag, String lastModified) {
        if (!location.startsWith("http://") && !location.startsWith("https://")) {
            return file(Path.of(location), lastModified);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Duration wait = backoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return http(client, URI.create(location), etag, lastModified);
            } catch (FetchFailed e) {
                if (e.permanent() || attempt >= attempts) {
                    throw attempt > 1 ? new FetchFailed(e.getMessage() + " (after " + attempt + " attempts)",
                            e.permanent()) : e;
                }
                LOG.warning("feed " + location + ": " + e.getMessage() + "; attempt " + (attempt + 1) + " in "
                        + wait.toMillis() + " ms");
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private Fetched http(HttpClient client, URI start, String etag, String lastModified) {
        URI uri = start;
        for (int redirects = 0; ; redirects++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
                            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5");
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new FetchFailed("cannot fetch " + uri + ": " + describe(e), false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchFailed("interrupted while fetching " + uri, true);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                URI from = uri;
                String location = response.headers().firstValue("Location").orElseThrow(() ->
                        new FetchFailed(from + " answered " + status + " without a Location", true));
                if (redirects >= maxRedirects) {
                    throw new FetchFailed(start + " redirects more than " + maxRedirects + " times", true);
                }
                uri = uri.resolve(location);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                    throw new FetchFailed(start + " redirects to " + uri + ", which is not http(s)", true);
                }
                continue;
            }
            if (status == 304) {
                close(response);
                return new Fetched(null, etag, lastModified);
            }
            if (status != 200) {
                close(response);
                boolean transientFailure = status == 408 || status == 429 || status >= 500;
                throw new FetchFailed(uri + " answered HTTP " + status, !transientFailure);
            }
            byte[] body = limited(response, uri);
            return new Fetched(body, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    private byte[] limited(HttpResponse<InputStream> response, URI uri) {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            close(response);
            throw new FetchFailed(uri + " is " + declared + " bytes, more than the limit of " + maxBytes, true);
        }
        try (InputStream in = response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = in.read(buffer)) != -1; ) {
                total += read;
                if (total > maxBytes) {
                    throw new FetchFailed(uri + " is more than the limit of " + maxBytes + " bytes", true);
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchFailed("cannot read " + uri + ": " + describe(e), false);
        }
    }

    private Fetched file(Path path, String lastModified) {
        try {
            String modified = Files.getLastModifiedTime(path).toString();
            if (modified.equals(lastModified)) {
                return new Fetched(null, null, lastModified);
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new FetchFailed(path + " is " + size + " bytes, more than the limit of " + maxBytes, true);
            }
            return new Fetched(Files.readAllBytes(path), null, modified);
        } catch (IOException e) {
            throw new FetchFailed("cannot read " + path + ": " + describe(e), true);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the answer is known; an unread body left behind changes nothing
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted while waiting to retry", true);
        }
    }
}
