package dev.redtortoise.profiles.boundary;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.redtortoise.platform.documents.ContentChanges;
import dev.redtortoise.platform.documents.DocumentStore;
import dev.redtortoise.platform.errors.Refusal;
import dev.redtortoise.profiles.entity.Follow;
import dev.redtortoise.profiles.entity.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Public profiles and follows. */
@ApplicationScoped
public class Profiles {

    @Inject
    MongoDBTemplate template;

    @Inject
    DocumentStore store;

    @Inject
    ContentChanges changes;

    /**
     * Writes an account's profile at this version, unless a newer one is there already: the write is
     * idempotent and may be repeated, by a retry or by a second instance, in any order.
     */
    public void project(long accountId, String username, String bio, String image, long version) {
        Document profile = new Document("_id", accountId)
                .append("username", username)
                .append("bio", bio)
                .append("image", image)
                .append("version", version);
        try {
            store.database().getCollection(Profile.COLLECTION).replaceOne(
                    Filters.and(Filters.eq("_id", accountId), Filters.lte("version", version)), profile,
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            boolean newerThere = DocumentStore.duplicateKey(e)
                    && template.select(Profile.class, Filters.and(Filters.eq("_id", accountId),
                            Filters.gt("version", version))).findAny().isPresent();
            if (!newerThere) {
                throw e;
            }
        }
        changes.changed();
    }

    public Optional<Profile> byUsername(String username) {
        return template.<Profile>select(Profile.class, Filters.eq("username", username)).findFirst();
    }

    public Optional<Profile> byId(long id) {
        return template.<Profile>select(Profile.class, Filters.eq("_id", id)).findFirst();
    }

    public Map<Long, Profile> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return template.<Profile>select(Profile.class, Filters.in("_id", Set.copyOf(ids)))
                .collect(Collectors.toMap(Profile::id, Function.identity(), (first, second) -> first));
    }

    public ProfileView view(String username, Long viewerId) {
        Profile profile = byUsername(username).orElseThrow(() -> Refusal.notFound("profile not found"));
        return new ProfileView(profile, viewerId != null && follows(viewerId, profile.id()));
    }

    public ProfileView follow(long followerId, String username) {
        Profile profile = byUsername(username).orElseThrow(() -> Refusal.notFound("profile not found"));
        if (profile.id() == followerId) {
            throw Refusal.invalid("username is yours: you cannot follow yourself");
        }
        try {
            template.insert(new Follow(followerId, profile.id()));
        } catch (MongoWriteException e) {
            if (!DocumentStore.duplicateKey(e)) {
                throw e;
            }
        }
        return new ProfileView(profile, true);
    }

    public ProfileView unfollow(long followerId, String username) {
        Profile profile = byUsername(username).orElseThrow(() -> Refusal.notFound("profile not found"));
        template.delete(Follow.class, Filters.eq("_id", Follow.idOf(followerId, profile.id())));
        return new ProfileView(profile, false);
    }

    public boolean follows(long followerId, long followeeId) {
        return template.count(Follow.class, Filters.eq("_id", Follow.idOf(followerId, followeeId))) > 0;
    }

    /** Which of these accounts the follower follows. */
    public Set<Long> followedAmong(long followerId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return template.<Follow>select(Follow.class, Filters.and(Filters.eq("followerId", followerId),
                        Filters.in("followeeId", Set.copyOf(ids))))
                .map(Follow::followeeId)
                .collect(Collectors.toSet());
    }

    public List<Long> followed(long followerId) {
        return template.<Follow>select(Follow.class, Filters.eq("followerId", followerId))
                .map(Follow::followeeId)
                .toList();
    }
}
