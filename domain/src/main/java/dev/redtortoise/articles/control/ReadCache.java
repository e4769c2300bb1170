package dev.redtortoise.articles.control;

import dev.redtortoise.platform.documents.ContentChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Read results (article pages, tag lists) kept until the content changes: an entry is valid only for the
 * content version it was read at, so a write here or on another instance (see {@link ContentChanges})
 * makes the next read fresh. Entries also expire after {@code RT_CACHE_TTL_MS}, in case a change
 * message from another instance is lost; the number of entries is bounded.
 */
@ApplicationScoped
public class ReadCache {

    static final int MAX_ENTRIES = 10_000;

    private record Entry(long version, long loadedAt, Object value) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    ContentChanges changes;

    @Inject
    @ConfigProperty(name = "rt.cache.ttl-ms", defaultValue = "10000")
    long ttlMillis;

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> loader) {
        long version = changes.version();
        long now = System.currentTimeMillis();
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == version && now - entry.loadedAt() < ttlMillis) {
            return (T) entry.value();
        }
        T value = loader.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(version, now, value));
        return value;
    }
}
