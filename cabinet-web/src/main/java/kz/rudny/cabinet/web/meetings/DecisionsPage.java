package kz.rudny.cabinet.web.meetings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.events.meetings.boundary.DecisionView;
import kz.rudny.cabinet.events.meetings.boundary.Decisions;
import kz.rudny.cabinet.web.support.FacesForms;

/** The caller's decisions to carry out (marked done with a note), the done ones, and what is overdue to watch. */
@Named
@ViewScoped
public class DecisionsPage implements Serializable {

    @Inject
    Decisions decisions;

    private List<DecisionView> mine;
    private List<DecisionView> done;
    private List<DecisionView> overdue;
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        mine = decisions.mine();
        done = decisions.mineDone();
        overdue = decisions.overdue();
    }

    public void markDone(long decisionId, int row) {
        if (FacesForms.submit("mine:decisions:" + row, () -> decisions.markDone(decisionId, notes.get(decisionId)))) {
            FacesForms.info("decision.markedDone");
            notes.remove(decisionId);
            load();
        }
    }

    public List<DecisionView> getMine() {
        return mine;
    }

    public List<DecisionView> getDone() {
        return done;
    }

    public List<DecisionView> getOverdue() {
        return overdue;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
