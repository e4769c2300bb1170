package dev.redtortoise.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The JSON of the anonymous lists (tags, article pages), kept as UTF-8 bytes beside the object it was made
 * from: the domain hands out the same object until the content changes, so the bytes are current exactly
 * while that object is. The resources fill it; {@link RenderedAnswers} serves from it before JAX-RS.
 */
@ApplicationScoped
public class RenderedLists {

    static final int MAX_ENTRIES = 1_000;
    static final String TAGS = "tags";

    private record Rendered(Object source, byte[] json) {
    }

    private final ConcurrentHashMap<String, Rendered> rendered = new ConcurrentHashMap<>();

    /** The key of an anonymous article list. */
    static String page(String tag, String author, String favorited, Paging paging) {
        return "articles\u0000" + tag + "\u0000" + author + "\u0000" + favorited + "\u0000" + paging;
    }

    /** The JSON of the source under this key, made by {@code render} when the key holds another source's. */
    byte[] json(String key, Object source, Supplier<String> render) {
        Rendered last = rendered.get(key);
        if (last == null || last.source() != source) {
            if (rendered.size() >= MAX_ENTRIES) {
                rendered.clear();
            }
            last = new Rendered(source, render.get().getBytes(StandardCharsets.UTF_8));
            rendered.put(key, last);
        }
        return last.json();
    }

    /** The JSON under this key if it was made from this very source, else null. */
    byte[] jsonIfOf(String key, Object source) {
        Rendered last = rendered.get(key);
        return last != null && last.source() == source ? last.json() : null;
    }
}
