package dev.redtortoise.articles.boundary;

import dev.redtortoise.articles.control.ReadCache;
import dev.redtortoise.articles.control.TagCounts;
import dev.redtortoise.articles.entity.TagCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.mapping.document.DocumentTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tags in use, most popular first. Each article written through the API recounts the tags it
 * touched, so a new tag is listed at once; an import batch moves the counts by what it changed (see
 * {@link Articles#importAll}); the aggregation job recounts them all, which also repairs a count that a
 * failure between an article write and its count left behind.
 */
@ApplicationScoped
public class Tags {

    static final int MAX_TAGS = 100;

    @Inject
    DocumentTemplate template;

    @Inject
    TagCounts counts;

    @Inject
    ReadCache cache;

    /** Counts the articles of every tag again: see {@link TagCounts#recount()}. Returns how many tags there are. */
    public int recount() {
        return counts.recount();
    }

    /** Recounts these tags only: the articles that carry each, or no count when none does. */
    public void recount(Collection<String> tags) {
        counts.recount(tags);
    }

    /** Moves each tag's count by how many more (or fewer) articles carry it now. */
    public void change(Map<String, Long> changes) {
        counts.change(changes);
    }

    public List<String> popular() {
        return cache.get("tags", this::readPopular);
    }

    /** The list {@link #popular()} would hand out now, if it is at hand without reading the store. */
    public Optional<List<String>> popularIfCached() {
        return cache.ifFresh("tags");
    }

    private List<String> readPopular() {
        return template.select(TagCount.class)
                .orderBy("articles").desc()
                .orderBy("_id").asc()
                .limit(MAX_TAGS)
                .<TagCount>result()
                .stream()
                .map(TagCount::tag)
                .toList();
    }
}
