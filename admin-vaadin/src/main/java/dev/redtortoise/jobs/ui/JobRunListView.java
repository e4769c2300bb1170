package dev.redtortoise.jobs.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.redtortoise.base.ui.MainLayout;
import dev.redtortoise.console.ui.Permissions;
import dev.redtortoise.feeds.boundary.FeedSources;
import dev.redtortoise.jobs.boundary.BulkUploads;
import dev.redtortoise.jobs.boundary.JobRun;
import dev.redtortoise.jobs.boundary.JobRuns;
import dev.redtortoise.jobs.boundary.Jobs;
import dev.redtortoise.jobs.control.UploadedFiles;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A job's executions, newest first and page by page, with status, start, duration, the steps' counts and
 * progress against the total; selecting one shows its steps and rejects, and restart or stop for a role
 * that may act. That role may also upload a bulk file and start its import under a feed source.
 */
@Route(value = "jobs", layout = MainLayout.class)
@PageTitle("Job runs | Red Tortoise")
@RolesAllowed({Permissions.ADMIN, Permissions.OPERATOR, Permissions.VIEWER})
public class JobRunListView extends VerticalLayout {

    static final String FIRST_JOB = "feed-import";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final JobRuns runs;
    private final BulkUploads uploads;
    private final Select<String> job = new Select<>();
    private final Grid<JobRun> grid = new Grid<>();
    private final JobRunDetails details = new JobRunDetails();
    private final Scroller detailsPanel = new Scroller(details);

    @Inject
    public JobRunListView(JobRuns runs, BulkUploads uploads, FeedSources sources) {
        this.runs = runs;
        this.uploads = uploads;
        setSizeFull();
        job.setId("job-select");
        job.setItems(Jobs.JOBS.stream().sorted().toList());
        job.setValue(FIRST_JOB);
        job.addValueChangeListener(change -> {
            detailsPanel.setVisible(false);
            grid.getDataProvider().refreshAll();
        });
        Button refresh = new Button("Refresh", click -> grid.getDataProvider().refreshAll());
        refresh.setId("runs-refresh");

        grid.setId("runs-grid");
        grid.addColumn(JobRun::executionId).setHeader("Execution").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(JobRunListView::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(run -> run.started() == null ? "" : TIME.format(run.started())).setHeader("Started (UTC)").setAutoWidth(true);
        grid.addColumn(JobRunListView::duration).setHeader("Duration").setAutoWidth(true);
        grid.addColumn(run -> total(run, JobRun.Step::read)).setHeader("Read").setAutoWidth(true);
        grid.addColumn(run -> total(run, JobRun.Step::written)).setHeader("Written").setAutoWidth(true);
        grid.addColumn(run -> total(run, JobRun.Step::skipped)).setHeader("Skipped").setAutoWidth(true);
        grid.addComponentColumn(run -> new JobProgressBar(run.progress(), JobRuns.RUNNING.contains(run.status())))
                .setHeader("Progress").setWidth("14em").setFlexGrow(0);
        grid.addColumn(run -> run.parameters().toString()).setHeader("Parameters").setFlexGrow(2);
        // page by page from the job repository: a job runs every few minutes for months
        grid.setItems(query -> runs.page(job.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) runs.count(job.getValue()));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });

        detailsPanel.setVisible(false);
        detailsPanel.setHeightFull();
        details.addRestartListener(restart -> Permissions.asOperator("restart job runs", () -> {
            runs.requestRestart(restart.run().executionId());
            Notification.show("Restart of execution " + restart.run().executionId() + " requested.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }));
        details.addStopListener(stop -> Permissions.asOperator("stop job runs", () -> {
            runs.requestStop(stop.run().executionId());
            Notification.show("Stop of execution " + stop.run().executionId() + " requested.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }));

        HorizontalLayout bar = new HorizontalLayout(new H2("Job runs"), job, refresh);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout content = new HorizontalLayout(grid, detailsPanel);
        content.setSizeFull();
        content.setFlexGrow(2, grid);
        if (Permissions.mayOperate()) {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("Bulk import from a file");
            dialog.add(uploadForm(sources, dialog));
            Button bulk = new Button("Bulk import…", click -> dialog.open());
            bulk.setId("bulk-upload-open");
            bar.add(bulk);
        }
        add(bar, content);
    }

    private BulkUploadForm uploadForm(FeedSources sources, Dialog dialog) {
        UI ui = UI.getCurrent();
        BulkUploadForm form = new BulkUploadForm(uploads.maxBytes());
        // the handler runs in the upload's own request: what it shows is handed to the UI's thread
        form.receiveWith(event -> {
            if (!Permissions.mayOperate()) {
                ui.access(() -> form.refused(List.of("Your role may not upload bulk files.")));
                return;
            }
            try {
                UploadedFiles.Stored stored = uploads.receive(event.getFileName(), event.getInputStream());
                ui.access(() -> form.received(stored));
            } catch (Refusal refusal) {
                ui.access(() -> form.refused(refusal.messages()));
            }
        });
        form.sources(sources.all());
        form.addStartListener(start -> Permissions.asOperator("start bulk imports", () -> {
            try {
                uploads.start(Permissions.actor(), start.file(), start.source() == null ? null : start.source().id());
                form.started();
                dialog.close();
                job.setValue(BulkUploads.JOB);
                Notification.show("Bulk import of " + start.file().name() + " requested: it is listed here once the"
                        + " orchestration part has started it.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (Refusal refusal) {
                form.refused(refusal.messages());
            }
        }));
        return form;
    }

    private void show(JobRun run) {
        details.show(run, Permissions.mayOperate());
        details.rejects.setItems(query -> runs.rejects(run.instanceId(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) runs.rejectCount(run.instanceId()));
        detailsPanel.setVisible(true);
    }

    static String status(JobRun run) {
        return run.exitStatus() == null || run.exitStatus().equals(run.status()) ? run.status()
                : run.status() + " (" + run.exitStatus() + ")";
    }

    static String duration(JobRun run) {
        if (run.started() == null) {
            return "";
        }
        Duration took = Duration.between(run.started(), run.ended() == null ? Instant.now() : run.ended());
        return took.toSeconds() < 60 ? took.toMillis() / 1000.0 + " s" : took.toMinutes() + " min " + took.toSecondsPart() + " s";
    }

    static long total(JobRun run, ToLongFunction<JobRun.Step> count) {
        return run.steps().stream().mapToLong(count).sum();
    }
}
