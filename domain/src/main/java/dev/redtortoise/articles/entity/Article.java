package dev.redtortoise.articles.entity;

import dev.redtortoise.platform.errors.Checks;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An article, written through the API or imported: content is stored as given, within length limits; tags
 * are trimmed, unique and sorted. Times are epoch milliseconds (UTC). The slug is set by whoever stores it,
 * since uniqueness is the store's to check. Both ways in write the same {@link #document()}.
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

    /** Provenance of an imported article (null for one written through the API): see {@link #imported}. */
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
        this(UUID.randomUUID().toString(), authorId, title, description, body, tags, now);
    }

    private Article(String id, long authorId, String title, String description, String body, List<String> tags,
                    long createdAt) {
        new Checks()
                .required("title", title).maxLength("title", title, TITLE_MAX)
                .required("description", description).maxLength("description", description, DESCRIPTION_MAX)
                .required("body", body).maxLength("body", body, BODY_MAX)
                .orRefuse();
        this.id = id;
        this.authorId = authorId;
        this.title = title;
        this.description = description;
        this.body = body;
        this.tagList = tags(tags);
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /**
     * An imported article, under the same checks as one written through the API. Its id comes from its
     * provenance (the same for the same source and item, whichever run imports it), and so does its slug:
     * the title's words and the start of the id, the same on every run. An item without a publication date
     * is dated by its first import.
     */
    public static Article imported(ImportedArticle item) {
        Article article = new Article(
                UUID.nameUUIDFromBytes(("import:" + item.sourceId() + ":" + item.itemId())
                        .getBytes(StandardCharsets.UTF_8)).toString(),
                item.authorId(), item.title(), item.description(), item.body(), item.tags(),
                item.publishedAt() == null ? item.fetchedAt() : item.publishedAt());
        article.slug = slugBase(article.title) + "-" + article.id.substring(0, 8);
        article.sourceId = item.sourceId();
        article.itemId = item.itemId();
        article.executionId = item.executionId();
        article.fetchedAt = item.fetchedAt();
        article.contentHash = article.contentHash(item.publishedAt());
        return article;
    }

    /** Changes when anything a reader sees changes, and only then (not when an undated item is read again). */
    private String contentHash(Long publishedAt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(title, description, body, String.join("\u0001", tagList),
                    String.valueOf(publishedAt), Long.toString(authorId))) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return Base64.getEncoder().withoutPadding().encodeToString(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The article as stored: the one mapping of its fields for every write, the API's and the import's
     * bulk writes alike. Names and values are those the entity mapping reads back (the id as {@code _id},
     * an absent value as null).
     */
    public Document document() {
        return new Document("_id", id)
                .append("slug", slug)
                .append("title", title)
                .append("description", description)
                .append("body", body)
                .append("tagList", tagList)
                .append("authorId", authorId)
                .append("createdAt", createdAt)
                .append("updatedAt", updatedAt)
                .append("favoritesCount", favoritesCount)
                .append("sourceId", sourceId)
                .append("itemId", itemId)
                .append("executionId", executionId)
                .append("fetchedAt", fetchedAt)
                .append("contentHash", contentHash);
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

    /** For an imported article, see {@link #imported}; null for one written through the API. */
    public String contentHash() {
        return contentHash;
    }
}
