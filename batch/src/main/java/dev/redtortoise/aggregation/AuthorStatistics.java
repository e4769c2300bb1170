package dev.redtortoise.aggregation;

import dev.redtortoise.articles.boundary.ArticleAggregates;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step {@code author-stats} of the aggregate job. */
@Named
@Dependent
public class AuthorStatistics extends AbstractBatchlet {

    @Inject
    ArticleAggregates aggregates;

    @Inject
    StepContext step;

    @Override
    public String process() {
        step.setExitStatus("COUNTED " + aggregates.authorStatistics() + " AUTHORS");
        return "COMPLETED";
    }
}
