package dev.redtortoise.geoblock.control;

import dev.redtortoise.geoblock.entity.GeoRules;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The policy the door applies, held in memory and read again from PostgreSQL when it is older than
 * {@code RT_GEOBLOCK_REFRESH} (5 s): a change made on any instance applies on every one within that time, for
 * one single-row query per part and period, made by one request while the others go on with the policy held.
 * While the database cannot be read the last policy read stays in force (never "off" by accident). The same
 * read writes the blocked counts (and stopping the part writes the last ones).
 */
@ApplicationScoped
public class PolicyCache {

    private static final Logger LOG = Logger.getLogger(PolicyCache.class.getName());

    @Inject
    PolicyStore store;

    @Inject
    BlockedCounts counts;

    @Inject
    @ConfigProperty(name = "rt.geoblock.refresh", defaultValue = "PT5S")
    Duration refresh;

    Clock clock = Clock.systemUTC();
    private volatile GeoRules rules;
    private volatile Instant due = Instant.MIN;

    public GeoRules current() {
        Instant now = clock.instant();
        if (now.isAfter(due)) {
            read(now);
        }
        return rules == null ? GeoRules.OFF : rules;
    }

    @PreDestroy
    void stop() {
        counts.flush();
    }

    private void read(Instant now) {
        synchronized (this) {
            if (!now.isAfter(due)) {
                return; // another request read it meanwhile
            }
            due = now.plus(refresh);
        }
        try {
            GeoRules read = store.rules();
            if (rules == null || read.version() != rules.version()) {
                LOG.info(() -> "geo-blocking policy version " + read.version() + ": " + read.mode() + " " + read.countries());
            }
            rules = read;
            counts.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "geo-blocking policy not read; the one read before stays in force", e);
        }
    }
}
