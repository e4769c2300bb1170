package dev.redtortoise.system;

import com.mongodb.client.model.Filters;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL holds the identity, MongoDB the public profile derived from it. With MongoDB away, sign-up,
 * login and account changes still work and the profile waits as pending; once MongoDB is back the repair
 * timer writes it, exactly once, or a look-up of the account does, whichever comes first.
 */
class ConduitTwoStoresIT {

    static final String BIO = "written during the outage";

    @Test
    void accountsWorkDuringAMongoDbOutageAndTheirProfilesArriveOnceItIsBack() throws Exception {
        String username = Conduit.unique("outage-");
        String email = username + "@mail.example";

        ProcessHandle mongo = ProcessHandle.of(Stack.pid("mongo")).orElseThrow();
        mongo.destroy();
        mongo.onExit().get(30, TimeUnit.SECONDS);
        try {
            whileMongoDbIsDown(username, email);
        } finally {
            Stack.tortoise("up");
        }
        afterMongoDbIsBack(username);
    }

    /**
     * A profile still pending (here: the account renamed in PostgreSQL alone, as a {@code PUT /user} leaves it while
     * MongoDB is away) is written when someone follows or looks up the account, not only at the repair's next turn.
     */
    @Test
    void aPendingProfileIsWrittenWhenTheAccountIsFollowedOrLookedUp() throws Exception {
        Conduit.User author = Conduit.register("pending-");
        Conduit.User follower = Conduit.register("follower-");
        String renamed = Conduit.unique("renamed-");
        try (Connection db = Conduit.jdbc(); PreparedStatement rename = db.prepareStatement(
                "UPDATE account SET username = ?, profile_version = profile_version + 1 WHERE username = ?")) {
            rename.setString(1, renamed);
            rename.setString(2, author.username());
            assertThat(rename.executeUpdate()).isEqualTo(1);
        }

        HttpResponse<String> followed = Conduit.post("/profiles/" + renamed + "/follow", follower.token(), "");
        assertThat(followed.statusCode()).as("POST /api/profiles/%s/follow answered: %s", renamed, followed.body())
                .isEqualTo(200);
        JsonObject profile = Conduit.json(followed).getJsonObject("profile");
        assertThat(profile.getString("username")).isEqualTo(renamed);
        assertThat(profile.getBoolean("following")).isTrue();
        long[] versions = versions(renamed);
        assertThat(versions[1]).as("profile_synced_version after the follow").isEqualTo(versions[0]);

        HttpResponse<String> lookedUp = Conduit.get("/profiles/" + renamed, follower.token());
        assertThat(lookedUp.statusCode()).as(lookedUp.body()).isEqualTo(200);
        assertThat(Conduit.json(lookedUp).getJsonObject("profile").getBoolean("following")).isTrue();
        assertThat(Conduit.get("/profiles/" + author.username(), null).statusCode()).as("the old name").isEqualTo(404);
    }

    private static void whileMongoDbIsDown(String username, String email) throws SQLException {
        HttpResponse<String> registered = Conduit.post("/users", null, registration(username, email));
        assertThat(registered.statusCode()).as("during the outage, POST /api/users answered: %s", registered.body())
                .isEqualTo(201);
        String token = Conduit.json(registered).getJsonObject("user").getString("token");
        assertThat(token).as("during the outage, the new user's token").isNotBlank();

        HttpResponse<String> login = Conduit.login(email, Conduit.PASSWORD);
        assertThat(login.statusCode()).as("during the outage, login answered: %s", login.body()).isEqualTo(200);

        HttpResponse<String> current = Conduit.get("/user", token);
        assertThat(current.statusCode()).as("during the outage, GET /api/user answered: %s", current.body())
                .isEqualTo(200);

        HttpResponse<String> again = Conduit.post("/users", null, registration(Conduit.unique("outage-"), email));
        assertThat(Conduit.errors(again, 422)).as("during the outage, registering the same email again answered: %s",
                again.body()).contains("email has already been taken");

        long[] versions = versions(username);
        assertThat(versions[0]).as("during the outage, profile_version %d is ahead of profile_synced_version %d",
                versions[0], versions[1]).isGreaterThan(versions[1]);

        HttpResponse<String> profile = Conduit.get("/profiles/" + username, null);
        assertThat(profile.statusCode()).as("during the outage, GET /api/profiles/%s answered: %s", username,
                profile.body()).isEqualTo(503);
        Conduit.errors(profile, 503);

        HttpResponse<String> updated = Conduit.put("/user", token,
                Conduit.wrapped("user", Json.createObjectBuilder().add("bio", BIO)));
        assertThat(updated.statusCode()).as("during the outage, PUT /api/user answered: %s", updated.body())
                .isEqualTo(200);
        assertThat(Conduit.json(updated).getJsonObject("user").getString("bio")).isEqualTo(BIO);
    }

    private static void afterMongoDbIsBack(String username) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> profile = Conduit.get("/profiles/" + username, null);
        long[] versions = versions(username);
        while (!(repaired(profile) && versions[0] == versions[1]) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            profile = Conduit.get("/profiles/" + username, null);
            versions = versions(username);
        }

        assertThat(profile.statusCode()).as("60 s after MongoDB came back, GET /api/profiles/%s answered: %s",
                username, profile.body()).isEqualTo(200);
        assertThat(Conduit.json(profile).getJsonObject("profile").getString("bio"))
                .as("the bio written during the outage, in the profile: %s", profile.body()).isEqualTo(BIO);
        assertThat(versions[1]).as("after the repair, profile_synced_version (profile_version %d)", versions[0])
                .isEqualTo(versions[0]);
        assertThat(Conduit.mongo().getCollection("profiles").countDocuments(Filters.eq("username", username)))
                .as("profiles documents for %s in MongoDB", username).isEqualTo(1);
    }

    private static boolean repaired(HttpResponse<String> profile) {
        if (profile.statusCode() != 200) {
            return false;
        }
        JsonObject body = Conduit.json(profile).getJsonObject("profile");
        return BIO.equals(body.getString("bio", ""));
    }

    /** {profile_version, profile_synced_version} of the account row. */
    private static long[] versions(String username) throws SQLException {
        try (Connection db = Conduit.jdbc();
             PreparedStatement query = db.prepareStatement(
                     "SELECT profile_version, profile_synced_version FROM account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("an account row for %s in PostgreSQL", username).isTrue();
                long[] versions = {row.getLong(1), row.getLong(2)};
                assertThat(row.next()).as("a second account row for %s", username).isFalse();
                return versions;
            }
        }
    }

    private static String registration(String username, String email) {
        return Conduit.wrapped("user", Json.createObjectBuilder()
                .add("username", username).add("email", email).add("password", Conduit.PASSWORD));
    }
}
