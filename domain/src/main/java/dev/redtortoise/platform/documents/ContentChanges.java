package dev.redtortoise.platform.documents;

import dev.redtortoise.platform.messaging.Bus;
import dev.redtortoise.platform.messaging.Destination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The version of the content that read caches hold (article pages, authors, tags). A write here raises
 * it at once, so the writer's next read is fresh, and tells the other instances over the bus, whose
 * listener raises theirs. Caches also expire on their own, in case a message is lost.
 */
@ApplicationScoped
public class ContentChanges {

    static final String TYPE = "content-changed";

    private static final Logger LOG = Logger.getLogger(ContentChanges.class.getName());

    private final AtomicLong version = new AtomicLong();

    @Inject
    Bus bus;

    public long version() {
        return version.get();
    }

    public void changed() {
        version.incrementAndGet();
        try {
            bus.publish(Destination.CONTENT_CHANGES, TYPE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "other instances not told of a content change (their caches expire on"
                    + " their own): " + e.getMessage());
        }
    }

    /** Another instance changed content. */
    public void changedElsewhere() {
        version.incrementAndGet();
    }
}
