package kz.rudny.cabinet.web.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import kz.rudny.cabinet.events.meetings.boundary.Meetings;
import kz.rudny.cabinet.events.meetings.boundary.Minutes;
import kz.rudny.cabinet.events.meetings.boundary.MinutesView;
import kz.rudny.cabinet.events.rooms.boundary.RoomView;
import kz.rudny.cabinet.web.support.FacesForms;

/** A meeting ({@code ?id=}): its agenda, and once held its minutes as the protocol reads; cancel, finalise, addenda. */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    @Inject
    Meetings meetings;

    @Inject
    Minutes minutes;

    @Inject
    kz.rudny.cabinet.events.meetings.boundary.MeetingFiles meetingFiles;

    private Long id;
    private MinutesView view;
    private RoomView room;
    private String cancelReason;
    private String addendum;
    private java.util.List<kz.rudny.cabinet.events.meetings.boundary.MeetingFileView> files;
    private transient jakarta.servlet.http.Part file;

    public void load() {
        if (view == null) {
            read();
        }
    }

    private void read() {
        view = minutes.view(id);
        room = meetings.roomOf(view.meeting()).orElse(null);
        files = meetingFiles.of(id);
    }

    /** Attaches the chosen file; a refused one is explained by the field and nothing is kept. */
    public void attach() throws java.io.IOException {
        if (kz.rudny.cabinet.web.support.Uploads.submitRequired("attaching", file,
                incoming -> meetingFiles.attach(id, incoming))) {
            FacesForms.info("meeting.file.attached");
            read();
        }
    }

    public void removeFile(long fileId) {
        if (FacesForms.submit("fileList", () -> meetingFiles.remove(id, fileId))) {
            FacesForms.info("meeting.file.removed");
            read();
        }
    }

    public java.util.List<kz.rudny.cabinet.events.meetings.boundary.MeetingFileView> getFiles() {
        return files;
    }

    public jakarta.servlet.http.Part getFile() {
        return file;
    }

    public void setFile(jakarta.servlet.http.Part file) {
        this.file = file;
    }

    public void cancel() {
        if (FacesForms.submit("cancelling", () -> meetings.cancel(id, cancelReason))) {
            FacesForms.info("meeting.cancelled");
            cancelReason = null;
            read();
        }
    }

    public void makeFinal() {
        if (FacesForms.submit("finalising", () -> minutes.makeFinal(id))) {
            FacesForms.info("minutes.madeFinal");
            read();
        }
    }

    public void addAddendum() {
        if (FacesForms.submit("addenda", () -> minutes.addAddendum(id, addendum))) {
            FacesForms.info("minutes.addendumAdded");
            addendum = null;
            read();
        }
    }

    public void recordMinutes() throws IOException {
        FacesForms.redirectTo("/events/minutes.xhtml?id=" + id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MinutesView getView() {
        return view;
    }

    public RoomView getRoom() {
        return room;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getAddendum() {
        return addendum;
    }

    public void setAddendum(String addendum) {
        this.addendum = addendum;
    }
}
