package dev.redtortoise.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes and verifies passwords (console staff and customer accounts) with Jakarta Security's PBKDF2:
 * SHA-512, 210,000 iterations, the OWASP recommendation for it. Each side sets its own length rules.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash computed once, to verify against when there is no stored one, so both cases take as long. */
    private String decoy;

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
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of a verification without a stored hash: unknown users answer as slowly as known ones. */
    public void spendVerificationTime(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), decoy);
    }
}
