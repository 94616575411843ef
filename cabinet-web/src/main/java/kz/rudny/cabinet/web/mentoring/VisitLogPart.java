package kz.rudny.cabinet.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplates;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.TemplateView;
import kz.rudny.cabinet.mentoring.pairs.boundary.LessonVisits;
import kz.rudny.cabinet.mentoring.pairs.boundary.PairView;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitDirection;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitView;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * The visit-log part of a pair's page: the visits both ways, and, while the pair is open, the form with which its
 * mentor or young specialist logs a visit they made (only the directions that person may log; the colleague's name
 * for a colleague's lesson) on one of the school's analysis templates; the visit's page opens next.
 */
@Named
@ViewScoped
public class VisitLogPart implements Serializable {

    @Inject
    LessonVisits visits;

    @Inject
    AnalysisTemplates templates;

    @Inject
    PairPage page;

    private List<VisitView> list;
    private List<TemplateView> templateList;
    private VisitForm form;

    public List<VisitView> getList() {
        if (list == null) {
            list = visits.ofPair(page.getPairId());
        }
        return list;
    }

    /** Whether the caller may log a visit: one of the pair's two people, while the pair is open. */
    public boolean isMayLog() {
        PairView p = page.getView();
        return p.open() && (p.mentor() || p.young());
    }

    /** The directions the caller may log: the mentor at the young specialist's lessons, the young specialist at others'. */
    public List<VisitDirection> getDirections() {
        if (page.getView().mentor()) {
            return List.of(VisitDirection.MENTOR_AT_YOUNG);
        }
        return page.getView().young() ? List.of(VisitDirection.YOUNG_AT_MENTOR, VisitDirection.YOUNG_AT_COLLEAGUE)
                : List.of();
    }

    public boolean isColleague() {
        return getForm().getDirection() == VisitDirection.YOUNG_AT_COLLEAGUE;
    }

    public void log() throws IOException {
        long[] id = {0};
        if (FacesForms.submit("visit", () -> id[0] = visits.log(page.getPairId(), form))) {
            FacesForms.info("mentoring.visitLogged");
            FacesForms.redirectTo("/mentoring/visit.xhtml?id=" + id[0]);
        }
    }

    public VisitForm getForm() {
        if (form == null) {
            form = new VisitForm();
            form.setDirection(getDirections().isEmpty() ? null : getDirections().get(0));
        }
        return form;
    }

    public List<TemplateView> getTemplateList() {
        if (templateList == null) {
            templateList = templates.all();
        }
        return templateList;
    }
}
