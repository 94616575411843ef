package kz.rudny.cabinet.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.mentoring.pairs.boundary.LessonVisits;
import kz.rudny.cabinet.mentoring.pairs.boundary.NoteKind;
import kz.rudny.cabinet.mentoring.pairs.boundary.NoteView;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * The notes part of a pair's page: the mentor's notes on the young specialist's difficulties and progress, by day;
 * the mentor of an open pair adds one.
 */
@Named
@ViewScoped
public class NotesPart implements Serializable {

    @Inject
    LessonVisits visits;

    @Inject
    PairPage page;

    @Inject
    Settings settings;

    private List<NoteView> list;
    private NoteKind kind;
    private LocalDate notedOn;
    private String text;

    public List<NoteView> getList() {
        if (list == null) {
            list = visits.notes(page.getPairId());
        }
        return list;
    }

    public void add() {
        if (FacesForms.submit("noteForm", () -> visits.note(page.getPairId(), kind, notedOn, text))) {
            FacesForms.info("mentoring.noteAdded");
            kind = null;
            notedOn = null;
            text = null;
            list = null;
        }
    }

    public NoteKind[] getKinds() {
        return NoteKind.values();
    }

    public NoteKind getKind() {
        return kind;
    }

    public void setKind(NoteKind kind) {
        this.kind = kind;
    }

    /** The day of the note, today unless chosen. */
    public LocalDate getNotedOn() {
        if (notedOn == null) {
            notedOn = LocalDate.now(settings.timeZone());
        }
        return notedOn;
    }

    public void setNotedOn(LocalDate notedOn) {
        this.notedOn = notedOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
