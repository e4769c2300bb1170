package dev.redtortoise.articles.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an imported article came from: the feed source and the item's id in it (its identity, kept for
 * good), and the job execution that last wrote it with the time the source was fetched (run details, which
 * the purge job forgets after their retention: then both are empty).
 */
public record Provenance(long sourceId, String itemId, Long executionId, Instant fetchedAt) {

    public Provenance {
        Objects.requireNonNull(itemId, "itemId");
    }

    public Optional<Long> execution() {
        return Optional.ofNullable(executionId);
    }

    public Optional<Instant> fetched() {
        return Optional.ofNullable(fetchedAt);
    }
}
