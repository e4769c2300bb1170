package dev.redtortoise.feeds.entity;

/**
 * An item or record that cannot become an article: the run skips it and keeps a reject record with this
 * reason and an excerpt of the raw input.
 */
public class RejectedItem extends RuntimeException {

    static final int EXCERPT_MAX = 500;

    private final long position;
    private final String excerpt;

    public RejectedItem(long position, String reason, String raw) {
        super(reason, null, false, false);
        this.position = position;
        this.excerpt = excerpt(raw);
    }

    public long position() {
        return position;
    }

    public String reason() {
        return getMessage();
    }

    public String excerpt() {
        return excerpt;
    }

    static String excerpt(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.length() <= EXCERPT_MAX ? raw : raw.substring(0, EXCERPT_MAX) + "…";
    }
}
