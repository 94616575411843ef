package kz.rudny.cabinet.web.selfeducation;

import java.io.Serializable;
import java.time.LocalDate;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.Stage;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.TopicView;

/** The stage of a topic being planned or completed, with what the teacher types: its term, the day done, a note. */
public class StageWork implements Serializable {

    private final TopicView topic;
    private final Stage stage;
    private LocalDate plannedFrom;
    private LocalDate plannedTo;
    private LocalDate doneOn;
    private String note;

    /** Opens the stage with what it holds now. */
    public StageWork(TopicView topic, TopicView.StageView stage) {
        this.topic = topic;
        this.stage = stage.stage();
        this.plannedFrom = stage.plannedFrom();
        this.plannedTo = stage.plannedTo();
        this.doneOn = stage.doneOn();
        this.note = stage.note();
    }

    public TopicView getTopic() {
        return topic;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getPlannedFrom() {
        return plannedFrom;
    }

    public void setPlannedFrom(LocalDate plannedFrom) {
        this.plannedFrom = plannedFrom;
    }

    public LocalDate getPlannedTo() {
        return plannedTo;
    }

    public void setPlannedTo(LocalDate plannedTo) {
        this.plannedTo = plannedTo;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
