package dev.redtortoise.aggregation;

import dev.redtortoise.articles.boundary.ArticleAggregates;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step {@code trending} of the aggregate job. */
@Named
@Dependent
public class TrendingCalculator extends AbstractBatchlet {

    @Inject
    ArticleAggregates aggregates;

    @Inject
    StepContext step;

    @Override
    public String process() {
        step.setExitStatus("TRENDING " + aggregates.trending() + " ARTICLES");
        return "COMPLETED";
    }
}
