package dev.redtortoise.feeds.control;

import java.time.Duration;

/** A fetcher configured as the defaults of its configuration keys, for tests outside this package. */
public final class FeedFetchers {

    private FeedFetchers() {
    }

    public static FeedFetcher withDefaults() {
        FeedFetcher fetcher = new FeedFetcher();
        fetcher.connectTimeout = Duration.ofSeconds(5);
        fetcher.readTimeout = Duration.ofSeconds(30);
        fetcher.maxBytes = 20_971_520;
        fetcher.maxRedirects = 5;
        fetcher.attempts = 1;
        fetcher.backoff = Duration.ofMillis(10);
        return fetcher;
    }
}
