package dev.redtortoise.imports;

import dev.redtortoise.articles.boundary.Articles;
import dev.redtortoise.articles.entity.Article;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Stores a chunk of articles through the articles boundary, the same write path for every import. */
@Named
@Dependent
public class ArticleWriter extends AbstractItemWriter {

    @Inject
    Articles articles;

    @Override
    public void writeItems(List<Object> items) {
        articles.importAll(items.stream().map(Article.class::cast).toList());
    }
}
