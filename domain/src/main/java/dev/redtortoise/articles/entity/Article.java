package dev.redtortoise.articles.entity;

import dev.redtortoise.platform.errors.Checks;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An article: content is stored as given, within length limits; tags are trimmed, unique and sorted.
 * Times are epoch milliseconds (UTC). The slug is set by whoever stores it, since uniqueness is the
 * store's to check.
 */
@Entity(Article.COLLECTION)
public class Article {

    public static final String COLLECTION = "articles";
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 1_000;
    public static final int BODY_MAX = 100_000;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 40;
    public static final int SLUG_BASE_MAX = 80;

    @Id
    private String id;

    @Column
    private String slug;

    @Column
    private String title;

    @Column
    private String description;

    @Column
    private String body;

    @Column
    private List<String> tagList;

    @Column
    private long authorId;

    @Column
    private long createdAt;

    @Column
    private long updatedAt;

    @Column
    private long favoritesCount;

    /** Provenance of an imported article (null for one written through the API): see {@link ImportedArticle}. */
    @Column
    private Long sourceId;

    @Column
    private String itemId;

    @Column
    private Long executionId;

    @Column
    private Long fetchedAt;

    @Column
    private String contentHash;

    protected Article() {
    }

    public Article(long authorId, String title, String description, String body, List<String> tags, long now) {
        new Checks()
                .required("title", title).maxLength("title", title, TITLE_MAX)
                .required("description", description).maxLength("description", description, DESCRIPTION_MAX)
                .required("body", body).maxLength("body", body, BODY_MAX)
                .orRefuse();
        this.id = UUID.randomUUID().toString();
        this.authorId = authorId;
        this.title = title;
        this.description = description;
        this.body = body;
        this.tagList = tags(tags);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Trimmed, without blanks or repeats, sorted; refuses too many or too long. */
    public static List<String> tags(List<String> given) {
        TreeSet<String> tags = new TreeSet<>();
        if (given != null) {
            for (String tag : given) {
                if (tag != null && !tag.isBlank()) {
                    tags.add(tag.trim());
                }
            }
        }
        Checks checks = new Checks();
        if (tags.size() > TAGS_MAX) {
            checks.problem("tagList has too many tags (maximum is " + TAGS_MAX + ")");
        }
        if (tags.stream().anyMatch(tag -> tag.length() > TAG_MAX)) {
            checks.problem("tagList has a tag that is too long (maximum is " + TAG_MAX + " characters)");
        }
        checks.orRefuse();
        return new ArrayList<>(tags);
    }

    /**
     * The part of a slug that comes from the title: its lower case letters and digits, each run of anything
     * else one '-', none at either end, at most {@link #SLUG_BASE_MAX} characters.
     */
    public static String slugBase(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(Math.min(lower.length(), SLUG_BASE_MAX));
        boolean dash = false;
        for (int i = 0; i < lower.length() && slug.length() < SLUG_BASE_MAX; i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && !slug.isEmpty()) {
                    if (slug.length() + 2 > SLUG_BASE_MAX) {
                        break;
                    }
                    slug.append('-');
                }
                dash = false;
                slug.append(c);
            } else {
                dash = true;
            }
        }
        return slug.isEmpty() ? "article" : slug.toString();
    }

    /** Changes what is given (null keeps a value); returns whether the title changed. */
    public boolean edit(String newTitle, String newDescription, String newBody, long now) {
        new Checks()
                .notBlankIfGiven("title", newTitle).maxLength("title", newTitle, TITLE_MAX)
                .notBlankIfGiven("description", newDescription).maxLength("description", newDescription, DESCRIPTION_MAX)
                .notBlankIfGiven("body", newBody).maxLength("body", newBody, BODY_MAX)
                .orRefuse();
        boolean retitled = newTitle != null && !newTitle.equals(title);
        if (newTitle != null) {
            title = newTitle;
        }
        if (newDescription != null) {
            description = newDescription;
        }
        if (newBody != null) {
            body = newBody;
        }
        updatedAt = Math.max(now, updatedAt + 1);
        return retitled;
    }

    public void slug(String slug) {
        if (slug == null || slug.isBlank()) {
            throw new IllegalArgumentException("a slug cannot be blank");
        }
        this.slug = slug;
    }

    public void favoritesCount(long count) {
        this.favoritesCount = Math.max(0, count);
    }

    public boolean writtenBy(long accountId) {
        return authorId == accountId;
    }

    public String id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String body() {
        return body;
    }

    public List<String> tagList() {
        return tagList == null ? List.of() : List.copyOf(tagList);
    }

    public long authorId() {
        return authorId;
    }

    public long createdAt() {
        return createdAt;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public long favoritesCount() {
        return favoritesCount;
    }

    public Long sourceId() {
        return sourceId;
    }

    public String itemId() {
        return itemId;
    }

    public Long executionId() {
        return executionId;
    }

    public Long fetchedAt() {
        return fetchedAt;
    }
}
