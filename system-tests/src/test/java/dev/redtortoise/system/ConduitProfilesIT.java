package dev.redtortoise.system;

import com.mongodb.client.model.Filters;
import dev.redtortoise.system.Conduit.User;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Public profiles in MongoDB and who follows whom. */
class ConduitProfilesIT {

    @Test
    void aProfileIsPublicAndAnUnknownOneIs404() {
        User user = Conduit.register("public-");

        HttpResponse<String> response = Conduit.get("/profiles/" + user.username(), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject profile = Conduit.json(response).getJsonObject("profile");
        assertThat(profile.getString("username")).isEqualTo(user.username());
        assertThat(profile.getString("bio")).isEmpty();
        assertThat(profile.getString("image")).isEmpty();
        assertThat(profile.getBoolean("following")).isFalse();
        Conduit.errors(Conduit.get("/profiles/" + Conduit.unique("nobody-"), null), 404);
    }

    @Test
    void followingIsIdempotentAndStoredOnce() {
        User follower = Conduit.register("follower-");
        User followee = Conduit.register("followee-");
        String path = "/profiles/" + followee.username() + "/follow";

        for (int time = 1; time <= 2; time++) {
            HttpResponse<String> followed = Conduit.post(path, follower.token(), null);
            assertThat(followed.statusCode()).as("follow number %d: %s", time, followed.body()).isEqualTo(200);
            assertThat(profile(followed).getBoolean("following")).as("following after follow number %d", time).isTrue();
            assertThat(profile(followed).getString("username")).isEqualTo(followee.username());
        }

        long follows = Conduit.mongo().getCollection("follows").countDocuments(Filters.and(
                Filters.eq("followerId", follower.id()), Filters.eq("followeeId", followee.id())));
        assertThat(follows).as("follows documents for the pair").isEqualTo(1);
        assertThat(profile(Conduit.get("/profiles/" + followee.username(), follower.token())).getBoolean("following"))
                .as("the follower sees it").isTrue();
        assertThat(profile(Conduit.get("/profiles/" + followee.username(), followee.token())).getBoolean("following"))
                .as("the followee does not follow itself").isFalse();
    }

    @Test
    void unfollowingIsIdempotent() {
        User follower = Conduit.register("fickle-");
        User followee = Conduit.register("dropped-");
        String path = "/profiles/" + followee.username() + "/follow";
        assertThat(Conduit.post(path, follower.token(), null).statusCode()).isEqualTo(200);

        for (int time = 1; time <= 2; time++) {
            HttpResponse<String> unfollowed = Conduit.delete(path, follower.token());
            assertThat(unfollowed.statusCode()).as("unfollow number %d: %s", time, unfollowed.body()).isEqualTo(200);
            assertThat(profile(unfollowed).getBoolean("following")).isFalse();
        }

        assertThat(profile(Conduit.get("/profiles/" + followee.username(), follower.token())).getBoolean("following"))
                .isFalse();
        assertThat(Conduit.mongo().getCollection("follows").countDocuments(Filters.and(
                Filters.eq("followerId", follower.id()), Filters.eq("followeeId", followee.id()))))
                .as("follows documents for the pair").isZero();
    }

    @Test
    void followingAnUnknownUserIs404YourselfIs422AndWithoutTokenIs401() {
        User user = Conduit.register("lonely-");
        String nobody = Conduit.unique("nobody-");

        Conduit.errors(Conduit.post("/profiles/" + nobody + "/follow", user.token(), null), 404);
        Conduit.errors(Conduit.delete("/profiles/" + nobody + "/follow", user.token()), 404);
        Conduit.errors(Conduit.post("/profiles/" + user.username() + "/follow", user.token(), null), 422);
        Conduit.errors(Conduit.post("/profiles/" + user.username() + "/follow", null, null), 401);
        Conduit.errors(Conduit.delete("/profiles/" + user.username() + "/follow", null), 401);
    }

    @Test
    void aProfileShowsTheBioAndImageOfTheAccount() {
        User user = Conduit.register("described-");
        HttpResponse<String> updated = Conduit.put("/user", user.token(),
                "{\"user\":{\"bio\":\"Tortoise keeper\",\"image\":\"http://img.example/t.png\"}}");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);

        JsonObject profile = profile(Conduit.get("/profiles/" + user.username(), null));

        assertThat(profile.getString("bio")).isEqualTo("Tortoise keeper");
        assertThat(profile.getString("image")).isEqualTo("http://img.example/t.png");
    }

    private static JsonObject profile(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Conduit.json(response).getJsonObject("profile");
    }
}
