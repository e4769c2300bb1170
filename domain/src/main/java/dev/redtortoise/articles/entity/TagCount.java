package dev.redtortoise.articles.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/**
 * How many articles carry one tag; kept by {@code TagCounts} (article writes, imports, the aggregation job),
 * read by the tag list.
 */
@Entity(TagCount.COLLECTION)
public class TagCount {

    public static final String COLLECTION = "tag_counts";

    @Id
    private String tag;

    @Column
    private long articles;

    protected TagCount() {
    }

    public TagCount(String tag, long articles) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("a tag needs a name");
        }
        if (articles < 0) {
            throw new IllegalArgumentException("a tag count cannot be negative");
        }
        this.tag = tag;
        this.articles = articles;
    }

    public String tag() {
        return tag;
    }

    public long articles() {
        return articles;
    }
}
