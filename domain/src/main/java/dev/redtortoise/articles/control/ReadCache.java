package dev.redtortoise.articles.control;

import dev.redtortoise.platform.documents.ContentChanges;
import dev.redtortoise.settings.control.CurrentSettings;
import dev.redtortoise.settings.entity.SettingKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Read results (article pages, tag lists) kept until the content changes: an entry is valid only for the
 * content version it was read at, so a write here or on another instance (see {@link ContentChanges})
 * makes the next read fresh. Entries also expire after the setting {@code cache.ttl-ms}, in case a change
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
    CurrentSettings settings;

    /** The lifetime of an entry, read from this part's settings in memory at each get. */
    LongSupplier ttlMillis = () -> settings.integer(SettingKey.CACHE_TTL);

    /**
     * The value for the key if one is loaded and still fresh, without loading it: for answers kept in front
     * of the reads, which are current only while the value they were made from is.
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> ifFresh(String key) {
        Entry entry = entries.get(key);
        if (entry == null || !entry.value().isDone()
                || !entry.freshFor(changes.version(), System.currentTimeMillis(), ttlMillis.getAsLong())) {
            return Optional.empty();
        }
        return Optional.of((T) entry.value().join());
    }

    /**
     * The value for the key at the current content version. One caller loads a missing or stale value;
     * the others that ask meanwhile wait for it instead of all querying the store at once.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> loader) {
        long version = changes.version();
        long now = System.currentTimeMillis();
        long ttl = ttlMillis.getAsLong();
        Entry entry = entries.get(key);
        if (entry == null || !entry.freshFor(version, now, ttl)) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            CompletableFuture<Object> load = new CompletableFuture<>();
            Entry candidate = new Entry(version, now, load);
            entry = entries.compute(key, (k, current) ->
                    current != null && current.freshFor(version, now, ttl) ? current : candidate);
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
