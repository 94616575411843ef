package kz.rudny.cabinet.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.mentoring.pairs.boundary.LessonVisits;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPairs;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitAnalysisForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitView;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.RowFields;

/**
 * A lesson visit of a pair's log ({@code ?id=}): the lesson and its analysis. The visitor fills it while the pair
 * is open (a mark 1..5 or none and a comment per criterion, the recommendations); the pair's other person and the
 * methodologist read it. Refused input stays as typed, by its field.
 */
@Named
@ViewScoped
public class VisitPage implements Serializable {

    @Inject
    LessonVisits visits;

    @Inject
    MentoringPairs pairs;

    private Long id;
    private VisitView view;
    private boolean pairOpen;
    private VisitAnalysisForm form;

    public void load() {
        if (view != null) {
            return;
        }
        view = visits.view(id == null ? -1 : id);
        pairOpen = pairs.view(view.pairId()).open();
        if (isEditable()) {
            form = visits.form(id);
        }
    }

    public void save() {
        if (RowFields.submit("analysis", () -> visits.save(id, view.version(), form))) {
            FacesForms.info("mentoring.analysisSaved");
            view = visits.view(id);
        }
    }

    /** Whether the caller fills the analysis: the visitor, while the pair is open. */
    public boolean isEditable() {
        return view != null && view.mine() && pairOpen;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VisitView getView() {
        return view;
    }

    public VisitAnalysisForm getForm() {
        return form;
    }
}
