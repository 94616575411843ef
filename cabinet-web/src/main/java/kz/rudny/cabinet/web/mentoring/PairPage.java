package kz.rudny.cabinet.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPairs;
import kz.rudny.cabinet.mentoring.pairs.boundary.PairView;

/**
 * A mentoring pair ({@code ?id=}): its header (year, both people, the order, the term, an early end). Its plan,
 * visit log, notes and report are parts of their own ({@link PlanPart}, {@link VisitLogPart}, {@link NotesPart},
 * {@link ReportPart}) that read the pair from here. For anyone but its two people and the methodologist the pair
 * does not exist.
 */
@Named
@ViewScoped
public class PairPage implements Serializable {

    @Inject
    MentoringPairs pairs;

    private Long id;
    private PairView view;

    public void load() {
        if (view == null) {
            view = pairs.view(id == null ? -1 : id);
        }
    }

    /** Whether the caller is the mentor of an open pair, who writes its plan and notes. */
    public boolean isMentorWrites() {
        return view.mentor() && view.open();
    }

    public long getPairId() {
        return view.id();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PairView getView() {
        return view;
    }
}
