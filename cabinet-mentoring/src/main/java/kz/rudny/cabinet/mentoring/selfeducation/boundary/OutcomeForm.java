package kz.rudny.cabinet.mentoring.selfeducation.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An outcome as the teacher types it: the stage it shows, the kind, the title, the day, and where it is in the cabinet
 * (a meeting, an event, a library material) when it is.
 */
public class OutcomeForm implements Serializable {

    private Stage stage;

    private OutcomeKind kind;

    private String title;

    private LocalDate heldOn;

    private OutcomeLink linkKind;

    private Long linkRef;

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public void setKind(OutcomeKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null || title.isBlank() ? null : title.strip();
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public OutcomeLink getLinkKind() {
        return linkKind;
    }

    public void setLinkKind(OutcomeLink linkKind) {
        this.linkKind = linkKind;
    }

    public Long getLinkRef() {
        return linkRef;
    }

    public void setLinkRef(Long linkRef) {
        this.linkRef = linkRef;
    }
}
