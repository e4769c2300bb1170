package dev.redtortoise.maintenance;

import dev.redtortoise.articles.boundary.Articles;
import dev.redtortoise.feeds.boundary.Rejects;
import dev.redtortoise.jobs.control.UploadedFiles;
import dev.redtortoise.platform.messaging.Deliveries;
import dev.redtortoise.settings.control.CurrentSettings;
import dev.redtortoise.settings.entity.SettingKey;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Step {@code remove-expired} of the purge job: removes the import reject records older than the setting
 * {@code purge.retention} (console, else {@code RT_PURGE_RETENTION}, else P30D) and the import run details
 * (execution, fetch time) of articles fetched before then, the bus consumers' records of the messages they
 * acted on before then, the bulk files uploaded before then (kept until then so a failed import can be
 * restarted), and for good the articles deleted longer ago than {@code purge.deleted-retention}
 * ({@code RT_PURGE_DELETED_RETENTION}, P30D). Both are read when the step runs, so a change applies to the next run.
 */
@Named
@Dependent
public class Purger extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(Purger.class.getName());

    @Inject
    CurrentSettings settings;

    @Inject
    Rejects rejects;

    @Inject
    Articles articles;

    @Inject
    Deliveries deliveries;

    @Inject
    UploadedFiles uploads;

    @Override
    public String process() {
        Instant now = Instant.now();
        Instant cutoff = now.minus(settings.duration(SettingKey.PURGE_RETENTION));
        long rejected = rejects.purgeBefore(cutoff);
        long runs = articles.forgetImportRunsBefore(cutoff);
        Instant deletedCutoff = now.minus(settings.duration(SettingKey.PURGE_DELETED_RETENTION));
        long deleted = articles.purgeDeletedBefore(deletedCutoff);
        int consumed = deliveries.forgetBefore(cutoff);
        int files = uploads.removeBefore(cutoff);
        String done = "PURGED " + rejected + " reject records, the run details of " + runs + " articles, "
                + consumed + " consumed-message records and " + files + " uploaded bulk files before " + cutoff
                + ", and " + deleted + " articles deleted before " + deletedCutoff;
        LOG.info(done);
        return done;
    }
}
