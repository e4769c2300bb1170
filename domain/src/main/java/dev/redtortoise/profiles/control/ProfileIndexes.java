package dev.redtortoise.profiles.control;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dev.redtortoise.platform.documents.DocumentStore;
import dev.redtortoise.profiles.entity.Follow;
import dev.redtortoise.profiles.entity.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** A username names one profile; follows are read by follower. Created at start-up, like every index. */
@ApplicationScoped
public class ProfileIndexes {

    private static final Logger LOG = Logger.getLogger(ProfileIndexes.class.getName());

    @Inject
    DocumentStore store;

    void create(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            store.database().getCollection(Profile.COLLECTION)
                    .createIndex(Indexes.ascending("username"), new IndexOptions().unique(true).name("username_unique"));
            store.database().getCollection(Follow.COLLECTION)
                    .createIndex(Indexes.ascending("followerId", "followeeId"), new IndexOptions().name("by_follower"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "profile indexes not created: " + e.getMessage(), e);
        }
    }
}
