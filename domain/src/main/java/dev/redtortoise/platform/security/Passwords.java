package dev.redtortoise.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hashes and verifies passwords (console staff and customer accounts) with Jakarta Security's PBKDF2:
 * SHA-512, 210,000 iterations, the OWASP recommendation for it. Each side sets its own length rules.
 * <p>
 * A verification costs a quarter of a second of CPU here, and HTTP Basic clients (the operations
 * endpoint's automation) send their password with every request. So a match is remembered for
 * {@link #REMEMBERED}, in memory, as an HMAC of the stored hash and the password under a key drawn when the
 * part starts: the same password against the same stored hash matches again without PBKDF2. A wrong
 * password is never remembered and always costs the full hash; a changed password has a new stored hash,
 * so what was remembered for the old one no longer matches.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash hash;

    static final Duration REMEMBERED = Duration.ofMinutes(10);
    static final int REMEMBERED_MAX = 10_000;
    static final int TEMPORARY_LENGTH = 16;
    private static final String TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A hash computed once, to verify against when there is no stored one, so both cases take as long. */
    private String decoy;

    private final SecretKeySpec rememberingKey = new SecretKeySpec(randomBytes(), "HmacSHA256");

    /** The HMACs of recent matches, with the time (System.nanoTime) they are forgotten. */
    private final Map<String, Long> matched = new ConcurrentHashMap<>();

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
        decoy = hash.generate("decoy password, never matched".toCharArray());
    }

    public String hash(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a password cannot be empty");
        }
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        if (password == null) {
            return false;
        }
        String remembered = hmac(storedHash, password);
        Long forgetAt = matched.get(remembered);
        long now = System.nanoTime();
        if (forgetAt != null && now - forgetAt < 0) {
            return true;
        }
        if (!hash.verify(password.toCharArray(), storedHash)) {
            return false;
        }
        if (matched.size() >= REMEMBERED_MAX) {
            matched.values().removeIf(at -> now - at >= 0);
            if (matched.size() >= REMEMBERED_MAX) {
                matched.clear();
            }
        }
        matched.put(remembered, now + REMEMBERED.toNanos());
        return true;
    }

    /** Spends the time of a verification without a stored hash: unknown users answer as slowly as known ones. */
    public void spendVerificationTime(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), decoy);
    }

    /**
     * A temporary password that staff hand over once (a reset): 16 characters from letters and digits
     * without look-alikes (0/O, 1/l/I), about 94 bits, longer than both the console's and the API's minimum.
     */
    public static String temporary() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }

    private String hmac(String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(rememberingKey);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
