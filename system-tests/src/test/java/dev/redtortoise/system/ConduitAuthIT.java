package dev.redtortoise.system;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.redtortoise.system.Conduit.User;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call: a JWT signed with the stack's secret; anything else is 401, even where a token is optional. */
class ConduitAuthIT {

    static final byte[] SECRET = System.getProperty("it.jwt.secret").getBytes(StandardCharsets.UTF_8);

    @Test
    void aMissingTokenOnAnAuthRequiredEndpointIs401AskingForAToken() {
        String username = Conduit.register("followed-").username();
        Map<String, HttpResponse<String>> calls = new LinkedHashMap<>();
        calls.put("GET /user", Conduit.get("/user", null));
        calls.put("PUT /user", Conduit.put("/user", null, "{\"user\":{\"bio\":\"x\"}}"));
        calls.put("GET /articles/feed", Conduit.get("/articles/feed", null));
        calls.put("POST /articles", Conduit.post("/articles", null,
                "{\"article\":{\"title\":\"t\",\"description\":\"d\",\"body\":\"b\"}}"));
        calls.put("POST follow", Conduit.post("/profiles/" + username + "/follow", null, null));

        calls.forEach((call, response) -> {
            Conduit.errors(response, 401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as("WWW-Authenticate of %s", call)
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Token"));
        });
    }

    @Test
    void aTokenMintedWithTheStacksSecretIsAccepted() throws Exception {
        // proves the minting below is right, so the refusals that follow are about the one thing each changes
        User user = Conduit.register("minted-");
        String token = mint(SECRET, String.valueOf(user.id()), Instant.now(), Instant.now().plus(Duration.ofHours(1)));

        HttpResponse<String> response = Conduit.get("/user", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Conduit.json(response).getJsonObject("user").getString("username")).isEqualTo(user.username());
    }

    @Test
    void bearerAndTokenSchemesAreBothAccepted() {
        User user = Conduit.register("schemes-");
        for (String scheme : new String[] {"Token ", "Bearer "}) {
            HttpResponse<String> response = Conduit.send(Conduit.builder("/articles/feed")
                    .header("Authorization", scheme + user.token()).GET().build());
            assertThat(response.statusCode()).as("feed with %s", scheme).isEqualTo(200);
        }
    }

    @Test
    void aBadTokenIs401EvenWhereAuthIsOptional() throws Exception {
        User user = Conduit.register("victim-");
        String subject = String.valueOf(user.id());
        Instant now = Instant.now();
        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("garbage", "not-a-jwt-" + Conduit.suffix());
        badTokens.put("signed with another key", mint("another-key-of-more-than-32-bytes-0123456789"
                .getBytes(StandardCharsets.UTF_8), subject, now, now.plus(Duration.ofHours(1))));
        badTokens.put("expired", mint(SECRET, subject, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1))));
        badTokens.put("alg none", unsigned(user.token()));
        badTokens.put("payload changed after signing", withSubject(user.token(), user.id() + 1));

        for (Map.Entry<String, String> bad : badTokens.entrySet()) {
            for (String path : new String[] {"/articles", "/profiles/" + user.username(), "/user"}) {
                HttpResponse<String> response = Conduit.get(path, bad.getValue());
                assertThat(response.statusCode()).as("%s token on GET %s: %s", bad.getKey(), path, response.body())
                        .isEqualTo(401);
                Conduit.errors(response, 401);
            }
        }
        assertThat(Conduit.get("/articles", user.token()).statusCode()).as("the genuine token").isEqualTo(200);
    }

    private static String mint(byte[] key, String subject, Instant issuedAt, Instant expires) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issuer("red-tortoise")
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    /** The genuine token's claims under {"alg":"none"} and an empty signature. */
    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The genuine token with its sub claim swapped for another account's id, and the old signature kept. */
    private static String withSubject(String token, long subject) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"sub\"\\s*:\\s*\"\\d+\"", "\"sub\":\"" + subject + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
