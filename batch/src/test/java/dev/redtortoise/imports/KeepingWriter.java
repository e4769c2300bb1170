package dev.redtortoise.imports;

import dev.redtortoise.articles.entity.Article;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Named;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The test job's writer: keeps every article it is given, unless a chunk holds the item named in
 * {@link #FAIL_ON}, which fails that chunk once (and so the run), as a store outage would.
 */
@Named
public class KeepingWriter extends AbstractItemWriter {

    static final Queue<Article> WRITTEN = new ConcurrentLinkedQueue<>();
    static final AtomicReference<String> FAIL_ON = new AtomicReference<>();

    @Override
    public void writeItems(List<Object> items) {
        List<Article> articles = items.stream().map(Article.class::cast).toList();
        String failOn = FAIL_ON.get();
        if (failOn != null && articles.stream().anyMatch(article -> article.itemId().equals(failOn))
                && FAIL_ON.compareAndSet(failOn, null)) {
            throw new IllegalStateException("the store went away while writing " + failOn);
        }
        WRITTEN.addAll(articles);
    }
}
