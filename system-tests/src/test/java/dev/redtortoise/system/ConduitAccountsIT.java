package dev.redtortoise.system;

import dev.redtortoise.system.Conduit.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts in PostgreSQL: registration, login (throttled, refused when banned), the current user and its changes. */
@BesideTheBrowserSuite
class ConduitAccountsIT {

    static final int MAX_FAILURES = Integer.getInteger("it.login.max-failures", 5);

    @Test
    void registrationAnswers201WithTokenAndEmptyBioAndImage() {
        String username = Conduit.unique("newcomer-");
        HttpResponse<String> response = Conduit.post("/users", null, Conduit.wrapped("user", Json.createObjectBuilder()
                .add("username", username).add("email", username + "@mail.example").add("password", Conduit.PASSWORD)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject user = Conduit.json(response).getJsonObject("user");
        assertThat(user.getString("username")).isEqualTo(username);
        assertThat(user.getString("email")).isEqualTo(username + "@mail.example");
        assertThat(user.getString("token")).isNotBlank();
        assertThat(user.getString("bio")).as("bio of a new user").isEmpty();
        assertThat(user.getString("image")).as("image of a new user").isEmpty();
        assertThat(Conduit.subject(user.getString("token"))).isPositive();
    }

    @Test
    void aTakenEmailOrUsernameIgnoringCaseIs422() {
        User taken = Conduit.register("taken-");
        String other = Conduit.unique("other-");

        HttpResponse<String> sameEmail = Conduit.post("/users", null, registration(other,
                taken.email().toUpperCase(Locale.ROOT)));
        assertThat(Conduit.errors(sameEmail, 422)).contains("email has already been taken");

        HttpResponse<String> sameUsername = Conduit.post("/users", null, registration(
                taken.username().toUpperCase(Locale.ROOT), other + "@mail.example"));
        assertThat(Conduit.errors(sameUsername, 422)).contains("username has already been taken");
    }

    @Test
    void loginMatchesTheEmailIgnoringCaseAndAnswersTheUser() {
        User user = Conduit.register("login-");

        HttpResponse<String> login = Conduit.login(user.email().toUpperCase(Locale.ROOT), user.password());

        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        JsonObject body = Conduit.json(login).getJsonObject("user");
        assertThat(body.getString("username")).isEqualTo(user.username());
        assertThat(body.getString("email")).isEqualTo(user.email());
        assertThat(Conduit.subject(body.getString("token"))).isEqualTo(user.id());
    }

    @Test
    void aWrongPasswordOrUnknownEmailIs401AndBlankFieldsAre422() {
        User user = Conduit.register("wrong-");

        assertThat(Conduit.errors(Conduit.login(user.email(), "not-the-password"), 401))
                .contains("email or password is invalid");
        assertThat(Conduit.errors(Conduit.login(Conduit.unique("ghost-") + "@mail.example", user.password()), 401))
                .contains("email or password is invalid");
        assertThat(Conduit.errors(Conduit.login("", ""), 422))
                .contains("email can't be blank", "password can't be blank");
    }

    @Test
    void afterTooManyFailedLoginsEvenTheRightPasswordIs429WithRetryAfter() {
        User user = Conduit.register("throttled-");
        for (int attempt = 1; attempt <= MAX_FAILURES; attempt++) {
            assertThat(Conduit.login(user.email(), "wrong-password-" + attempt).statusCode())
                    .as("failed login %d of %d", attempt, MAX_FAILURES).isEqualTo(401);
        }

        HttpResponse<String> locked = Conduit.login(user.email(), user.password());

        Conduit.errors(locked, 429);
        assertThat(locked.headers().firstValue("Retry-After")).as("Retry-After in seconds")
                .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds.trim())).isPositive());
    }

    @Test
    void aBannedAccountCannotLogInAndItsTokenIsRefusedAtOnce() throws Exception {
        User user = Conduit.register("banned-");
        assertThat(Conduit.get("/user", user.token()).statusCode()).isEqualTo(200);

        try (Connection db = Conduit.jdbc();
             PreparedStatement ban = db.prepareStatement("UPDATE account SET status = 'BANNED' WHERE username = ?")) {
            ban.setString(1, user.username());
            assertThat(ban.executeUpdate()).as("account rows banned").isEqualTo(1);
        }

        assertThat(Conduit.errors(Conduit.login(user.email(), user.password()), 403)).contains("account is banned");
        Conduit.errors(Conduit.get("/user", user.token()), 401);
    }

    @Test
    void theCurrentUserIsAnsweredForTokenAndBearerSchemes() {
        User user = Conduit.register("current-");
        for (String scheme : new String[] {"Token ", "Bearer "}) {
            HttpResponse<String> response = Conduit.send(Conduit.builder("/user")
                    .header("Authorization", scheme + user.token()).GET().build());
            assertThat(response.statusCode()).as("GET /user with %s", scheme).isEqualTo(200);
            JsonObject body = Conduit.json(response).getJsonObject("user");
            assertThat(body.getString("username")).isEqualTo(user.username());
            assertThat(body.getString("email")).isEqualTo(user.email());
            assertThat(body.getString("token")).isNotBlank();
        }
    }

    @Test
    void anUpdateChangesTheUserAndOnlyTheNewPasswordLogsIn() {
        User user = Conduit.register("changing-");
        String email = Conduit.unique("changed-") + "@mail.example";

        HttpResponse<String> updated = Conduit.put("/user", user.token(), Conduit.wrapped("user", Json.createObjectBuilder()
                .add("email", email).add("password", "another-password").add("bio", "I changed")
                .add("image", "https://images.example/me.png")));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonObject body = Conduit.json(updated).getJsonObject("user");
        assertThat(body.getString("email")).isEqualTo(email);
        assertThat(body.getString("username")).isEqualTo(user.username());
        assertThat(body.getString("bio")).isEqualTo("I changed");
        assertThat(body.getString("image")).isEqualTo("https://images.example/me.png");
        assertThat(Conduit.login(email, "another-password").statusCode()).isEqualTo(200);
        assertThat(Conduit.login(email, user.password()).statusCode()).isEqualTo(401);
    }

    @Test
    void aRenameFreesTheOldUsernameAndKeepsTheToken() {
        User user = Conduit.register("before-");
        String renamed = Conduit.unique("after-");

        HttpResponse<String> updated = Conduit.put("/user", user.token(),
                Conduit.wrapped("user", Json.createObjectBuilder().add("username", renamed)));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Conduit.json(updated).getJsonObject("user").getString("username")).isEqualTo(renamed);
        Conduit.errors(Conduit.get("/profiles/" + user.username(), null), 404);
        assertThat(Conduit.get("/profiles/" + renamed, null).statusCode()).isEqualTo(200);
        assertThat(Conduit.json(Conduit.get("/user", user.token())).getJsonObject("user").getString("username"))
                .as("the token names the account, not the username").isEqualTo(renamed);
    }

    @Test
    void anUpdateToATakenUsernameOrEmailIs422() {
        User owner = Conduit.register("owner-");
        User user = Conduit.register("copycat-");

        assertThat(Conduit.errors(Conduit.put("/user", user.token(), Conduit.wrapped("user",
                Json.createObjectBuilder().add("username", owner.username()))), 422))
                .contains("username has already been taken");
        assertThat(Conduit.errors(Conduit.put("/user", user.token(), Conduit.wrapped("user",
                Json.createObjectBuilder().add("email", owner.email().toUpperCase(Locale.ROOT)))), 422))
                .contains("email has already been taken");
    }

    @Test
    void thePasswordNeverAppearsInAnyResponse() {
        String username = Conduit.unique("secretive-");
        String password = "never-shown-" + Conduit.suffix();
        HttpResponse<String> registered = Conduit.post("/users", null, Conduit.wrapped("user", Json.createObjectBuilder()
                .add("username", username).add("email", username + "@mail.example").add("password", password)));
        String token = Conduit.json(registered).getJsonObject("user").getString("token");
        String newPassword = "also-hidden-" + Conduit.suffix();

        for (HttpResponse<String> response : List.of(registered,
                Conduit.login(username + "@mail.example", password),
                Conduit.get("/user", token),
                Conduit.put("/user", token, Conduit.wrapped("user", Json.createObjectBuilder().add("password", newPassword))),
                Conduit.get("/profiles/" + username, token))) {
            assertThat(response.statusCode()).as("%s %s", response.request().method(), response.request().uri())
                    .isBetween(200, 201);
            assertThat(response.body()).doesNotContainIgnoringCase("password")
                    .doesNotContain(password).doesNotContain(newPassword);
        }
    }

    private static String registration(String username, String email) {
        return Conduit.wrapped("user", Json.createObjectBuilder()
                .add("username", username).add("email", email).add("password", Conduit.PASSWORD));
    }
}
