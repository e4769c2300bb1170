package dev.redtortoise.maintenance;

import dev.redtortoise.articles.boundary.Articles;
import dev.redtortoise.feeds.boundary.Rejects;
import dev.redtortoise.platform.messaging.Deliveries;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Step {@code remove-expired} of the purge job: removes the import reject records older than
 * {@code RT_PURGE_RETENTION} (P30D) and the import run details (execution, fetch time) of articles fetched
 * before then, the bus consumers' records of the messages they acted on before then, and for good the
 * articles deleted more than {@code RT_PURGE_DELETED_RETENTION} (P30D) ago.
 */
@Named
@Dependent
public class Purger extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(Purger.class.getName());

    @Inject
    @ConfigProperty(name = "rt.purge.retention", defaultValue = "P30D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "rt.purge.deleted-retention", defaultValue = "P30D")
    Duration deletedRetention;

    @Inject
    Rejects rejects;

    @Inject
    Articles articles;

    @Inject
    Deliveries deliveries;

    @Override
    public String process() {
        Instant now = Instant.now();
        Instant cutoff = now.minus(retention);
        long rejected = rejects.purgeBefore(cutoff);
        long runs = articles.forgetImportRunsBefore(cutoff);
        Instant deletedCutoff = now.minus(deletedRetention);
        long deleted = articles.purgeDeletedBefore(deletedCutoff);
        int consumed = deliveries.forgetBefore(cutoff);
        String done = "PURGED " + rejected + " reject records, the run details of " + runs + " articles and "
                + consumed + " consumed-message records before " + cutoff + ", and " + deleted
                + " articles deleted before " + deletedCutoff;
        LOG.info(done);
        return done;
    }
}
