package dev.redtortoise.articles.control;

import com.mongodb.MongoWriteException;
import dev.redtortoise.platform.documents.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.function.Consumer;

/**
 * Unique slugs: a write is tried with the slug it was given, then with a random suffix while the store's
 * unique index says the slug is taken, a few times. The same rule for articles written through the API
 * and imported ones.
 */
@ApplicationScoped
public class SlugMaker {

    static final int ATTEMPTS = 5;
    static final String SUFFIX_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();

    public void writeWithFreeSlug(String base, Consumer<String> writeWithSlug) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                writeWithSlug.accept(attempt == 0 ? base : base + "-" + suffix());
                return;
            } catch (MongoWriteException e) {
                if (!DocumentStore.duplicateKey(e)) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("no free slug for '" + base + "' after " + ATTEMPTS + " attempts");
    }

    private String suffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(SUFFIX_LETTERS.charAt(random.nextInt(SUFFIX_LETTERS.length())));
        }
        return suffix.toString();
    }
}
