package dev.redtortoise.accounts.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signed JWTs (HS256, Nimbus JOSE+JWT) that name an account. The key comes from {@code RT_JWT_SECRET}
 * (at least 32 bytes) and is the same on every API instance, so any instance accepts any token. Only
 * HS256 with this key, this issuer and an expiry in the future is accepted: {@code alg: none}, other
 * algorithms, other keys and expired tokens are refused.
 * <p>
 * The key can be rotated without signing everybody out: new tokens are signed with {@code RT_JWT_SECRET},
 * while tokens signed with {@code RT_JWT_PREVIOUS_SECRET} are still accepted until
 * {@code RT_JWT_PREVIOUS_UNTIL} (an instant, the same on every instance; usually now plus a token's
 * lifetime). Each token names its key by an id derived from it ({@code kid}, a hash that does not reveal it).
 */
@ApplicationScoped
public class Tokens {

    static final String ISSUER = "red-tortoise";
    static final int MIN_SECRET_BYTES = 32;

    private static final Logger LOG = Logger.getLogger(Tokens.class.getName());

    @Inject
    @ConfigProperty(name = "rt.jwt.secret")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "rt.jwt.previous.secret")
    Optional<String> previousSecret;

    @Inject
    @ConfigProperty(name = "rt.jwt.previous.until")
    Optional<String> previousUntil;

    @Inject
    @ConfigProperty(name = "rt.jwt.lifetime", defaultValue = "PT24H")
    Duration lifetime;

    private Key current;
    private Key previous;
    private Instant previousAcceptedUntil = Instant.MIN;

    /** A signing key and its id. */
    record Key(String id, MACSigner signer, MACVerifier verifier) {

        static Key of(String name, byte[] secret) {
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException(name + " must have at least " + MIN_SECRET_BYTES + " bytes");
            }
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret);
                return new Key(HexFormat.of().formatHex(hash, 0, 8), new MACSigner(secret), new MACVerifier(secret));
            } catch (JOSEException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("the key in " + name + " is not usable: " + e.getMessage(), e);
            }
        }
    }

    @PostConstruct
    void keys() {
        if (configuredSecret.isPresent() && !configuredSecret.get().isBlank()) {
            current = Key.of("RT_JWT_SECRET", configuredSecret.get().getBytes(StandardCharsets.UTF_8));
        } else {
            byte[] secret = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(secret);
            current = Key.of("a random key", secret);
            LOG.warning("RT_JWT_SECRET is not set: using a random key, so tokens end with this instance"
                    + " and other instances refuse them");
        }
        if (previousSecret.isPresent() && !previousSecret.get().isBlank()) {
            previous = Key.of("RT_JWT_PREVIOUS_SECRET", previousSecret.get().getBytes(StandardCharsets.UTF_8));
            previousAcceptedUntil = previousUntil.map(Tokens::instant).orElseThrow(() -> new IllegalStateException(
                    "RT_JWT_PREVIOUS_SECRET needs RT_JWT_PREVIOUS_UNTIL: the instant until which its tokens are"
                            + " accepted, such as " + Instant.now().plus(lifetime).truncatedTo(ChronoUnit.SECONDS)));
            LOG.info(() -> "tokens of the previous JWT key " + previous.id() + " are accepted until "
                    + previousAcceptedUntil + "; new tokens are signed with key " + current.id());
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("RT_JWT_PREVIOUS_UNTIL must be an instant such as 2026-12-01T12:00:00Z, got '"
                    + value + "'", e);
        }
    }

    public String issue(long accountId) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(Long.toString(accountId))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(current.id()).build(), claims);
        try {
            jwt.sign(current.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** The account a valid token names; refuses anything else as unauthorized. */
    public long accountOf(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !verifies(jwt)) {
                throw invalid();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || expiry == null || !expiry.toInstant().isAfter(Instant.now())) {
                throw invalid();
            }
            return Long.parseLong(claims.getSubject());
        } catch (ParseException | JOSEException | NumberFormatException | IllegalStateException e) {
            throw invalid();
        }
    }

    /**
     * Whether the current key signed it, or the previous key while its tokens are still accepted. A token
     * names its key; one from before keys had ids names none and is tried with both.
     */
    private boolean verifies(SignedJWT jwt) throws JOSEException {
        String id = jwt.getHeader().getKeyID();
        if ((id == null || id.equals(current.id())) && jwt.verify(current.verifier())) {
            return true;
        }
        boolean previousAccepted = previous != null && !Instant.now().isAfter(previousAcceptedUntil);
        return previousAccepted && (id == null || id.equals(previous.id())) && jwt.verify(previous.verifier());
    }

    private static Refusal invalid() {
        return Refusal.unauthorized("token is invalid or expired");
    }
}
