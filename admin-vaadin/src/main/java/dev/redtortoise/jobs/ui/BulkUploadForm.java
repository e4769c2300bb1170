package dev.redtortoise.jobs.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import dev.redtortoise.base.ui.FieldReasons;
import dev.redtortoise.feeds.entity.FeedSource;
import dev.redtortoise.jobs.control.UploadedFiles;

import java.util.List;

/**
 * A bulk file to import and the feed source whose owner and rules apply. The view receives the file (its
 * upload handler) and starts the import when this form fires {@link StartEvent}; the form shows what was
 * received or why it was refused.
 */
public class BulkUploadForm extends VerticalLayout {

    final Select<FeedSource> source = new Select<>();
    final Upload upload = new Upload();
    final Button start = new Button("Start import");
    final Paragraph status = new Paragraph();
    private final FieldReasons reasons = new FieldReasons().field("source", source);
    private UploadedFiles.Stored received;

    public BulkUploadForm(long maxBytes) {
        setId("bulk-upload");
        setPadding(false);
        source.setId("upload-source");
        source.setLabel("Feed source (owner and rules)");
        source.setItemLabelGenerator(FeedSource::name);
        upload.setId("bulk-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".ndjson", ".jsonl", ".csv");
        upload.addFileRejectedListener(rejected -> refused(List.of(
                rejected.getFileName() + " refused: " + rejected.getErrorMessage() + " (a .ndjson, .jsonl or .csv file of at most "
                        + UploadedFiles.mebibytes(maxBytes) + ")")));
        upload.addFileRemovedListener(removed -> received(null));
        start.setId("upload-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> fireEvent(new StartEvent(this, received, source.getValue())));
        status.setId("upload-status");
        HorizontalLayout line = new HorizontalLayout(source, upload, start);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        add(line, status);
    }

    /** Who receives the files sent (the view, through the boundary). */
    void receiveWith(UploadHandler handler) {
        upload.setUploadHandler(handler);
    }

    void sources(List<FeedSource> all) {
        source.setItems(all);
    }

    /** The file received, to import when asked (null: none now; one left unused is purged after the retention). */
    void received(UploadedFiles.Stored file) {
        received = file;
        start.setEnabled(file != null);
        status.setText(file == null ? "" : file.name() + " received: " + file.size() + " bytes, SHA-256 " + file.sha256());
    }

    /** Shows why the upload or the start was refused; a file refused is taken off the list, so another can be sent. */
    void refused(List<String> messages) {
        status.setText(String.join(" ", reasons.show(messages)));
        if (received == null) {
            upload.clearFileList();
        }
    }

    /** The import was requested: the form starts again empty. */
    void started() {
        received = null;
        start.setEnabled(false);
        status.setText("");
        upload.clearFileList();
    }

    public Registration addStartListener(ComponentEventListener<StartEvent> listener) {
        return addListener(StartEvent.class, listener);
    }

    /** Start the bulk import of the received file under the chosen source. */
    public static class StartEvent extends ComponentEvent<BulkUploadForm> {
        private final transient UploadedFiles.Stored file;
        private final FeedSource source;

        StartEvent(BulkUploadForm form, UploadedFiles.Stored file, FeedSource source) {
            super(form, false);
            this.file = file;
            this.source = source;
        }

        public UploadedFiles.Stored file() {
            return file;
        }

        public FeedSource source() {
            return source;
        }
    }
}
