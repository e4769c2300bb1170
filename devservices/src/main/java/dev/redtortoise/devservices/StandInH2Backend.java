package dev.redtortoise.devservices;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Locale;
import java.util.Set;

/**
 * The H2 file store as the stand-in runs it.
 * <ul>
 * <li>Updates (and find-and-modify) are applied one at a time. MongoDB changes each document atomically, and
 * the application relies on it ({@code $inc} of a counter or of a favorites count); mongo-java-server's H2
 * collections are not synchronised, and an update changes the stored document in place, even while the answer
 * of the one before, which holds that same document, is being written out: two concurrent increments could
 * both read the old value or both answer the newer one (two comments drawn one id, a favorite that does not
 * count). Inserts, deletes and reads still run side by side.</li>
 * <li>With {@code commitEveryWrite}, the store is committed after every command that changed it and before the
 * answer leaves, so an acknowledged write survives a {@code kill -9} of the stand-in. Without, H2 commits in
 * the background about once a second: fast, but the last second of acknowledged writes dies with the
 * process.</li>
 * </ul>
 */
final class StandInH2Backend extends H2Backend {

    private static final Set<String> READ_MODIFY_WRITE = Set.of("update", "findandmodify");

    private final Object oneAtATime = new Object();
    private final boolean commitEveryWrite;

    StandInH2Backend(String file, boolean commitEveryWrite) {
        super(commitEveryWrite
                ? new MVStore.Builder().fileName(file).autoCommitDisabled().open()
                : new MVStore.Builder().fileName(file).open());
        this.commitEveryWrite = commitEveryWrite;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            if (READ_MODIFY_WRITE.contains(command.toLowerCase(Locale.ROOT))) {
                synchronized (oneAtATime) {
                    // the answer holds the stored document itself, which mongo-java-server's next update changes
                    // in place: copied before another update may run, not when the answer is written out
                    return super.handleCommand(channel, database, command, query).cloneDeeply();
                }
            }
            return super.handleCommand(channel, database, command, query);
        } finally {
            // a failed command may have changed part of what it was given: that part was acknowledged too
            if (commitEveryWrite) {
                commitChanges();
            }
        }
    }

    private void commitChanges() {
        MVStore store = getMvStore();
        synchronized (store) {
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        }
    }
}
