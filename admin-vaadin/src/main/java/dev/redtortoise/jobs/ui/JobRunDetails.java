package dev.redtortoise.jobs.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import dev.redtortoise.feeds.boundary.Rejects;
import dev.redtortoise.jobs.boundary.JobRun;
import dev.redtortoise.jobs.boundary.JobRuns;

/**
 * One execution: its progress against its total, its steps' counts, its instance's rejects (page by page: a bad file can have many), and
 * restart or stop for a role that may act. The view loads the rejects; this component only shows them.
 */
public class JobRunDetails extends VerticalLayout {

    private final H3 title = new H3();
    private final Paragraph summary = new Paragraph();
    private final Div progress = new Div();
    private final Grid<JobRun.Step> steps = new Grid<>();
    final Grid<Rejects.Reject> rejects = new Grid<>();
    final Button restart = new Button("Restart");
    final Button stop = new Button("Stop");
    private JobRun run;

    public JobRunDetails() {
        setId("run-details");
        setWidth("40em");
        summary.setId("run-summary");
        progress.setId("run-progress");
        steps.setId("steps-grid");
        steps.setAllRowsVisible(true);
        steps.addColumn(JobRun.Step::name).setHeader("Step").setAutoWidth(true);
        steps.addColumn(JobRun.Step::status).setHeader("Status").setAutoWidth(true);
        steps.addColumn(JobRun.Step::read).setHeader("Read").setAutoWidth(true);
        steps.addColumn(JobRun.Step::written).setHeader("Written").setAutoWidth(true);
        steps.addColumn(JobRun.Step::skipped).setHeader("Skipped").setAutoWidth(true);
        rejects.setId("rejects-grid");
        rejects.setHeight("20em");
        rejects.addColumn(Rejects.Reject::position).setHeader("Position").setAutoWidth(true).setFlexGrow(0);
        rejects.addColumn(Rejects.Reject::reason).setHeader("Reason").setFlexGrow(2);
        rejects.addColumn(reject -> excerpt(reject.excerpt())).setHeader("Raw excerpt").setFlexGrow(2);
        restart.setId("run-restart");
        stop.setId("run-stop");
        restart.addClickListener(click -> fireEvent(new RestartEvent(this, run)));
        stop.addClickListener(click -> fireEvent(new StopEvent(this, run)));
        add(title, summary, progress, new HorizontalLayout(restart, stop), steps, new H4("Rejects"), rejects);
    }

    /** Shows the run; restart and stop only when {@code mayAct} and the run's status allows them. */
    void show(JobRun shown, boolean mayAct) {
        run = shown;
        title.setText(shown.job() + " execution " + shown.executionId());
        summary.setText(JobRunListView.status(shown) + " · exit " + shown.exitStatus() + " · instance "
                + shown.instanceId() + " · " + shown.parameters());
        progress.removeAll();
        progress.add(new JobProgressBar(shown.progress(), JobRuns.RUNNING.contains(shown.status())));
        steps.setItems(shown.steps());
        restart.setVisible(mayAct && JobRuns.RESTARTABLE.contains(shown.status()));
        stop.setVisible(mayAct && JobRuns.RUNNING.contains(shown.status()));
    }

    static String excerpt(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.length() > 200 ? raw.substring(0, 200) + "…" : raw;
    }

    public Registration addRestartListener(ComponentEventListener<RestartEvent> listener) {
        return addListener(RestartEvent.class, listener);
    }

    public Registration addStopListener(ComponentEventListener<StopEvent> listener) {
        return addListener(StopEvent.class, listener);
    }

    /** What the details ask of their view, about the run they show. */
    public abstract static class RunEvent extends ComponentEvent<JobRunDetails> {
        private final JobRun run;

        RunEvent(JobRunDetails details, JobRun run) {
            super(details, false);
            this.run = run;
        }

        public JobRun run() {
            return run;
        }
    }

    /** Restart this (failed or stopped) execution. */
    public static class RestartEvent extends RunEvent {
        RestartEvent(JobRunDetails details, JobRun run) {
            super(details, run);
        }
    }

    /** Stop this running execution. */
    public static class StopEvent extends RunEvent {
        StopEvent(JobRunDetails details, JobRun run) {
            super(details, run);
        }
    }
}
