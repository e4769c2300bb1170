package dev.redtortoise.articles.control;

import dev.redtortoise.platform.documents.ContentChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Read results (article pages, tag lists) kept until the content changes: an entry is valid only for the
 * content version it was read at, so a write here or on another instance (see {@link ContentChanges})
 * makes the next read fresh. Entries also expire after {@code RT_CACHE_TTL_MS}, in case a change
 * message from another instance is lost; the number of entries is bounded. A value is loaded once per
 * version and expiry, however many requests ask for it at that moment.
 */
@ApplicationScoped
public class ReadCache {

    static final int MAX_ENTRIES = 10_000;

    private record Entry(long version, long loadedAt, CompletableFuture<Object> value) {
        boolean freshFor(long currentVersion, long now, long ttl) {
            return version == currentVersion && now - loadedAt < ttl
                    && !(value.isDone() && value.isCompletedExceptionally());
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    ContentChanges changes;

    @Inject
    @ConfigProperty(name = "rt.cache.ttl-ms", defaultValue = "10000")
    long ttlMillis;

    /**
     * The value for the key at the current content version. One caller loads a missing or stale value;
     * the others that ask meanwhile wait for it instead of all querying the store at once.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> loader) {
        long version = changes.version();
        long now = System.currentTimeMillis();
        Entry entry = entries.get(key);
        if (entry == null || !entry.freshFor(version, now, ttlMillis)) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            CompletableFuture<Object> load = new CompletableFuture<>();
            Entry candidate = new Entry(version, now, load);
            entry = entries.compute(key, (k, current) ->
                    current != null && current.freshFor(version, now, ttlMillis) ? current : candidate);
            if (entry == candidate) {
                try {
                    load.complete(loader.get());
                } catch (RuntimeException e) {
                    load.completeExceptionally(e);
                    entries.remove(key, candidate);
                    throw e;
                }
            }
        }
        try {
            return (T) entry.value().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
