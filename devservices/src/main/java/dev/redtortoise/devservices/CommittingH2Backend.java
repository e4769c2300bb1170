package dev.redtortoise.devservices;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 file store, committed after every command that changed it and before the answer leaves, so an
 * acknowledged write survives a {@code kill -9} of the stand-in. H2's own store commits in the background
 * about once a second: fast, but the last second of acknowledged writes dies with the process.
 */
final class CommittingH2Backend extends H2Backend {

    CommittingH2Backend(String file) {
        super(new MVStore.Builder().fileName(file).autoCommitDisabled().open());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // a failed command may have changed part of what it was given: that part was acknowledged too
            commitChanges();
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
