package dev.redtortoise.aggregation;

import dev.redtortoise.articles.boundary.Tags;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step {@code tag-counts} of the aggregate job. */
@Named
@Dependent
public class TagCounter extends AbstractBatchlet {

    @Inject
    Tags tags;

    @Inject
    StepContext step;

    @Override
    public String process() {
        int counted = tags.recount();
        step.setExitStatus("COUNTED " + counted + " TAGS");
        return "COMPLETED";
    }
}
