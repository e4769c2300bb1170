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
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signed JWTs (HS256, Nimbus JOSE+JWT) that name an account. The key comes from {@code RT_JWT_SECRET}
 * (at least 32 bytes) and is the same on every API instance, so any instance accepts any token. Only
 * HS256 with this key, this issuer and an expiry in the future is accepted: {@code alg: none}, other
 * algorithms, other keys and expired tokens are refused.
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
    @ConfigProperty(name = "rt.jwt.lifetime", defaultValue = "PT24H")
    Duration lifetime;

    private MACSigner signer;
    private MACVerifier verifier;

    @PostConstruct
    void keys() {
        byte[] secret;
        if (configuredSecret.isPresent() && !configuredSecret.get().isBlank()) {
            secret = configuredSecret.get().getBytes(StandardCharsets.UTF_8);
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("RT_JWT_SECRET must have at least " + MIN_SECRET_BYTES + " bytes");
            }
        } else {
            secret = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(secret);
            LOG.warning("RT_JWT_SECRET is not set: using a random key, so tokens end with this instance"
                    + " and other instances refuse them");
        }
        try {
            signer = new MACSigner(secret);
            verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("the JWT key is not usable: " + e.getMessage(), e);
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
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** The account a valid token names; refuses anything else as unauthorized. */
    public long accountOf(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
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

    private static Refusal invalid() {
        return Refusal.unauthorized("token is invalid or expired");
    }
}
