package dev.redtortoise.system;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-client limits on API writes: counted per client address in PostgreSQL (so every API instance counts
 * the same writes), refused past the limit with 429, the JSON error and Retry-After, while reads and other
 * addresses go on. The suite's stack runs with a limit no test reaches; this class lowers it in the console
 * settings for its own duration.
 */
class WriteLimitIT {

    static final int LIMIT = 3;

    @Test
    void writesPastTheLimitOfOneAddressAreRefusedWith429UntilTheWindowEndsWhileOthersGoOn() throws Exception {
        Conduit.User reader = Conduit.register("limited");
        String slug = Conduit.createArticle(reader, Conduit.unique("Limited writes ")).getString("slug");
        String favorite = "/articles/" + slug + "/favorite";
        try {
            change("api.write-window", "PT1M");
            change("api.write-limit", Integer.toString(LIMIT));
            Stack.await("the lowered limit applied by the API part", Duration.ofSeconds(15),
                    () -> write("198.51.100.7", favorite, reader).statusCode() == 429);

            String client = "2001:db8::" + Integer.toHexString((int) (System.nanoTime() & 0xffff));
            for (int write = 1; write <= LIMIT; write++) {
                assertThat(write(client, favorite, reader).statusCode()).as("write %d of %d", write, LIMIT).isEqualTo(200);
            }
            HttpResponse<String> refused = write(client, favorite, reader);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(Conduit.errors(refused, 429)).singleElement().asString().startsWith("too many writes from this address");
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                    assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
            assertThat(Conduit.send(Conduit.builder("/articles/" + slug).header("X-Forwarded-For", client).GET().build())
                    .statusCode()).as("reads are not limited").isEqualTo(200);
            assertThat(write("203.0.113.9", favorite, reader).statusCode()).as("another address").isEqualTo(200);
            assertThat(counted(client)).as("the count every instance reads, refused writes not counted").isEqualTo(LIMIT);
        } finally {
            reset("api.write-limit");
            reset("api.write-window");
            Stack.await("the suite's limit back", Duration.ofSeconds(15), () -> List.of(1, 2, 3, 4, 5).stream()
                    .allMatch(write -> write("192.0.2.77", favorite, reader).statusCode() == 200));
        }
    }

    private static HttpResponse<String> write(String client, String path, Conduit.User user) {
        HttpRequest request = Conduit.builder(path).header("X-Forwarded-For", client)
                .header("Authorization", "Token " + user.token()).POST(HttpRequest.BodyPublishers.noBody()).build();
        return Conduit.send(request);
    }

    private static long counted(String client) throws Exception {
        try (Connection db = Conduit.jdbc();
             PreparedStatement query = db.prepareStatement("SELECT writes FROM write_quota WHERE client = ?")) {
            query.setString(1, java.net.InetAddress.getByName(client).getHostAddress());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a row for %s", client).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static void change(String key, String value) {
        Operations.json(Operations.admin("PUT", "/settings/" + key,
                Json.createObjectBuilder().add("value", value).build().toString()), 200);
    }

    private static void reset(String key) {
        Operations.json(Operations.admin("DELETE", "/settings/" + key, null), 200);
    }
}
