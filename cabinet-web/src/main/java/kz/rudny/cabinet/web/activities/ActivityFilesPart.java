package kz.rudny.cabinet.web.activities;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.events.activities.boundary.ActivityFileView;
import kz.rudny.cabinet.events.activities.boundary.ActivityFiles;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Uploads;

/**
 * The materials part of an event's page ({@link ActivityPage}'s event): its files with download links; the
 * organiser and presenters attach files, the organiser or whoever attached one removes it. Kept apart from the
 * page's bean so that the page's other parts stay as they are.
 */
@Named
@ViewScoped
public class ActivityFilesPart implements Serializable {

    @Inject
    ActivityFiles activityFiles;

    @Inject
    ActivityPage page;

    private List<ActivityFileView> files;
    private Boolean mayAttach;
    private transient Part file;

    private void read() {
        files = activityFiles.of(page.getId());
        mayAttach = activityFiles.mayAttach(page.getId());
    }

    /** Attaches the chosen file; a refused one is explained by the field and nothing is kept. */
    public void attach() throws IOException {
        if (Uploads.submitRequired("attaching", file, incoming -> activityFiles.attach(page.getId(), incoming))) {
            FacesForms.info("activity.file.attached");
            read();
        }
    }

    public void remove(long fileId) {
        if (FacesForms.submit("eventFiles", () -> activityFiles.remove(page.getId(), fileId))) {
            FacesForms.info("activity.file.removed");
            read();
        }
    }

    public List<ActivityFileView> getFiles() {
        if (files == null) {
            read();
        }
        return files;
    }

    public boolean isMayAttach() {
        if (mayAttach == null) {
            read();
        }
        return mayAttach;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
