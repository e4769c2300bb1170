package dev.redtortoise.accounts.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.redtortoise.platform.errors.Refusal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokensTest {

    static final String OLD_KEY = "the-key-before-the-rotation-0123456789";
    static final String NEW_KEY = "the-key-after-the-rotation-9876543210";

    static Tokens tokens(String secret, String previous, String previousUntil) {
        Tokens tokens = new Tokens();
        tokens.configuredSecret = Optional.of(secret);
        tokens.previousSecret = Optional.ofNullable(previous);
        tokens.previousUntil = Optional.ofNullable(previousUntil);
        tokens.lifetime = Duration.ofHours(24);
        tokens.keys();
        return tokens;
    }

    @Test
    void aTokenOfThePreviousKeyIsAcceptedUntilTheGivenInstantAndNewOnesAreSignedWithTheNewKey() {
        String before = tokens(OLD_KEY, null, null).issue(42);
        Tokens rotated = tokens(NEW_KEY, OLD_KEY, Instant.now().plusSeconds(3600).toString());

        assertThat(rotated.accountOf(before)).isEqualTo(42);
        String after = rotated.issue(43);
        assertThat(tokens(NEW_KEY, null, null).accountOf(after)).isEqualTo(43);
        assertThatThrownBy(() -> tokens(OLD_KEY, null, null).accountOf(after)).isInstanceOf(Refusal.class);
    }

    @Test
    void aTokenOfThePreviousKeyIsRefusedOnceItsTimeHasPassedAndWithoutARotation() {
        String before = tokens(OLD_KEY, null, null).issue(42);

        assertThatThrownBy(() -> tokens(NEW_KEY, OLD_KEY, Instant.now().minusSeconds(1).toString()).accountOf(before))
                .isInstanceOf(Refusal.class).hasMessageContaining("invalid or expired");
        assertThatThrownBy(() -> tokens(NEW_KEY, null, null).accountOf(before)).isInstanceOf(Refusal.class);
    }

    @Test
    void aTokenWithoutAKeyIdFromBeforeKeyIdsIsTriedWithBothKeys() throws Exception {
        SignedJWT unnamed = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .issuer(Tokens.ISSUER).subject("7").expirationTime(Date.from(Instant.now().plusSeconds(60))).build());
        unnamed.sign(new MACSigner(OLD_KEY.getBytes(StandardCharsets.UTF_8)));

        assertThat(tokens(NEW_KEY, OLD_KEY, Instant.now().plusSeconds(60).toString()).accountOf(unnamed.serialize()))
                .isEqualTo(7);
        assertThat(tokens(OLD_KEY, null, null).accountOf(unnamed.serialize())).isEqualTo(7);
    }

    @Test
    void theKeyIdDoesNotRevealTheKeyAndARotationWithoutAnEndIsRefusedAtStart() {
        String token = tokens(NEW_KEY, null, null).issue(1);
        String header = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        assertThat(header).contains("\"kid\":\"").doesNotContain(NEW_KEY);

        assertThatThrownBy(() -> tokens(NEW_KEY, OLD_KEY, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RT_JWT_PREVIOUS_UNTIL");
        assertThatThrownBy(() -> tokens(NEW_KEY, OLD_KEY, "tomorrow")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be an instant");
    }
}
