package dev.redtortoise.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.redtortoise.dashboard.entity.Reading;
import dev.redtortoise.jobs.control.JobHistory;
import dev.redtortoise.jobs.ui.JobProgressBar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Running jobs with a progress bar each (of the total the import jobs record; without an end while none is
 * known) and their counts so far, and the last failed executions with their reasons.
 */
class JobsPanel extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final Div running = new Div();
    private final Grid<JobHistory.Failure> failures = new Grid<>();
    private final Paragraph failuresUnreadable = new Paragraph();

    JobsPanel() {
        setPadding(false);
        running.setId("running-jobs");
        failures.setId("failures-grid");
        failures.setAllRowsVisible(true);
        failures.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        failures.addColumn(failure -> time(failure.ended())).setHeader("Ended").setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(JobHistory.Failure::job).setHeader("Job").setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(JobHistory.Failure::executionId).setHeader("Execution").setAutoWidth(true).setFlexGrow(0);
        failures.addColumn(JobHistory.Failure::reason).setHeader("Reason").setFlexGrow(1);
        failuresUnreadable.addClassName("reason");
        add(running, failures, failuresUnreadable);
    }

    void show(Reading<List<JobHistory.Running>> runs, Reading<List<JobHistory.Failure>> failed) {
        running.removeAll();
        if (!runs.ok()) {
            running.add(new Paragraph("Running jobs unknown: " + runs.failure()));
        } else if (runs.value().isEmpty()) {
            running.add(new Paragraph("No job is running."));
        } else {
            runs.value().forEach(run -> running.add(row(run)));
        }
        failures.setItems(failed.ok() ? failed.value() : List.of());
        failuresUnreadable.setText(failed.ok() ? "" : "Failures unknown: " + failed.failure());
    }

    private static Div row(JobHistory.Running run) {
        Div row = new Div(new Span(run.job() + " #" + run.executionId() + " " + run.status().toLowerCase()
                + " since " + time(run.started())), new JobProgressBar(run.progress(), true), new Span(describe(run)));
        row.setId("running-" + run.executionId());
        row.addClassName("running-job");
        return row;
    }

    static String describe(JobHistory.Running run) {
        return CountTiles.format(run.read()) + " read, " + CountTiles.format(run.written()) + " written, "
                + CountTiles.format(run.skipped()) + " rejected so far";
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
