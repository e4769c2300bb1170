package dev.redtortoise.imports;

import dev.redtortoise.articles.entity.Article;
import dev.redtortoise.articles.entity.ImportedArticle;
import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.feeds.entity.MappedItem;
import dev.redtortoise.feeds.entity.RawItem;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Turns a source's item into an article under the source's rules; an item the rules cannot turn into one
 * is thrown as a skippable rejection. The article is made by {@link Article#imported}, under the checks of
 * one written through the API; the rules cut what they keep to the article's limits, so a refusal there is
 * a defect of the rules, and fails the run.
 */
@Named
@Dependent
public class ArticleMapper implements ItemProcessor {

    @Inject
    @BatchProperty
    String source;

    @Inject
    JobContext job;

    @Inject
    FeedSources sources;

    @Override
    public Object processItem(Object item) {
        ImportRun run = ImportRun.of(job, sources, source);
        MappedItem mapped = run.mapping().apply((RawItem) item);
        return Article.imported(new ImportedArticle(run.sourceId(), mapped.itemId(), run.source().ownerAccountId(),
                mapped.title(), mapped.description(), mapped.body(), mapped.tags(), mapped.publishedAt(),
                run.executionId(), run.startedAt()));
    }
}
