package dev.redtortoise.jobs.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.redtortoise.jobs.control.JobProgress;

/**
 * An execution's progress: a bar filled to its share of the known total with "1,200 of 5,000 (24 %)" beside
 * it; a bar without an end while a running execution's total is unknown, and no bar for an ended one
 * that recorded none (a job that is not an import).
 */
public class JobProgressBar extends Div {

    public JobProgressBar(JobProgress progress, boolean running) {
        addClassName("job-progress");
        Span text = new Span(progress.describe());
        text.addClassName("job-progress-text");
        if (progress.known() || running) {
            ProgressBar bar = new ProgressBar();
            bar.setIndeterminate(!progress.known());
            bar.setValue(progress.share());
            add(bar);
        }
        add(text);
    }
}
