package dev.redtortoise.geoblock.control;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Countries of addresses from an MMDB file ({@code RT_GEOIP_DATABASE}; ./tortoise up points at the DB-IP
 * country lite database bundled at build time). The file is memory-mapped and its decoded records cached;
 * a newer file put in its place is picked up within a minute, without a restart.
 */
@ApplicationScoped
public class CountryDatabase {

    static final Duration RECHECK = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(CountryDatabase.class.getName());

    private final Optional<Path> file;
    private final Clock clock;
    private volatile Opened opened;
    private volatile Instant checked = Instant.MIN;

    private record Opened(Reader reader, FileTime modified) {
    }

    @Inject
    public CountryDatabase(@ConfigProperty(name = "rt.geoip.database", defaultValue = " ") String database) {
        this(database.isBlank() ? Optional.empty() : Optional.of(Path.of(database.strip())), Clock.systemUTC());
    }

    CountryDatabase(Optional<Path> file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    protected CountryDatabase() {
        this(Optional.empty(), Clock.systemUTC());
    }

    /** The ISO country code of the address; empty when the database does not know it or there is no database. */
    public Optional<String> country(InetAddress address) {
        Opened current = current();
        if (current == null) {
            return Optional.empty();
        }
        try {
            Map<?, ?> record = current.reader().get(address, Map.class);
            return record == null ? Optional.empty() : Optional.ofNullable((String) record.get("country_code"));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the country database " + file.orElseThrow(), e);
        }
    }

    /** Whether a database file is configured and readable. */
    public boolean available() {
        return current() != null;
    }

    private Opened current() {
        if (file.isEmpty()) {
            return null;
        }
        Instant now = clock.instant();
        if (opened == null || checked.plus(RECHECK).isBefore(now)) {
            reopenIfChanged(now);
        }
        return opened;
    }

    private synchronized void reopenIfChanged(Instant now) {
        if (opened != null && !checked.plus(RECHECK).isBefore(now)) {
            return;
        }
        checked = now;
        Path path = file.orElseThrow();
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            if (opened == null || !modified.equals(opened.modified())) {
                // the reader it replaces stays open for lookups still running; the mapping goes with it when collected
                opened = new Opened(new Reader(path.toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache()), modified);
                LOG.info(() -> "country database " + path + " opened (" + opened.reader().getMetadata().databaseType()
                        + ", built " + opened.reader().getMetadata().buildTime() + ")");
            }
        } catch (IOException e) {
            LOG.warning(() -> "country database " + path + " cannot be read (" + e.getMessage() + "): "
                    + (opened == null ? "every address counts as unknown" : "the one opened before stays in use"));
        }
    }
}
