package kz.rudny.cabinet.mentoring.selfeducation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.Stage;

/** A stage of a topic: its planned term and when it was completed, with a note. */
@Embeddable
public class TopicStage {

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false, length = 20)
    private Stage stage;

    @Column(name = "PLANNED_FROM")
    private LocalDate plannedFrom;

    @Column(name = "PLANNED_TO")
    private LocalDate plannedTo;

    @Column(name = "DONE_ON")
    private LocalDate doneOn;

    @Column(name = "NOTE", length = 1000)
    private String note;

    protected TopicStage() {
    }

    public TopicStage(Stage stage) {
        this.stage = stage;
    }

    public void plan(LocalDate from, LocalDate to) {
        this.plannedFrom = from;
        this.plannedTo = to;
    }

    public void done(LocalDate on, String newNote) {
        this.doneOn = on;
        this.note = newNote;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getPlannedFrom() {
        return plannedFrom;
    }

    public LocalDate getPlannedTo() {
        return plannedTo;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getNote() {
        return note;
    }
}
