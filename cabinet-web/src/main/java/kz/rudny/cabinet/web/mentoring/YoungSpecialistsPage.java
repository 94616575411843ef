package kz.rudny.cabinet.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.mentoring.pairs.boundary.AssignmentForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentorChoice;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPairs;
import kz.rudny.cabinet.mentoring.pairs.boundary.YoungSpecialistView;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;

/**
 * The school's young specialists of this academic year with their mentors, for the methodologist, who assigns a
 * mentor here by the school's order (a mentor at the limit is shown and cannot be chosen).
 */
@Named
@ViewScoped
public class YoungSpecialistsPage implements Serializable {

    @Inject
    MentoringPairs pairs;

    private List<YoungSpecialistView> youngSpecialists;
    private List<MentorChoice> mentors;
    private AssignmentForm form;

    public void load() {
        if (youngSpecialists != null) {
            return;
        }
        youngSpecialists = pairs.youngSpecialists();
        mentors = pairs.mentorChoices();
        form = new AssignmentForm();
    }

    /** Assigns the mentor; the page opens again so that both tables show the new pair. */
    public void assign() throws IOException {
        if (FacesForms.submit("assignment", () -> pairs.assign(form))) {
            FacesForms.info("mentoring.assigned");
            FacesForms.redirectTo("/mentoring/young-specialists.xhtml");
        }
    }

    /** "Name — 1 of 2", and at the limit "(full)". */
    public String mentorLabel(MentorChoice m) {
        return m.full() ? Texts.ui("mentoring.mentorChoiceFull", m.fullName(), m.mentees(), m.limit())
                : Texts.ui("mentoring.mentorChoice", m.fullName(), m.mentees(), m.limit());
    }

    /** The young specialists who may still be given a mentor this year. */
    public List<YoungSpecialistView> getUnmentored() {
        return youngSpecialists.stream().filter(y -> y.pair() == null).toList();
    }

    public List<YoungSpecialistView> getYoungSpecialists() {
        return youngSpecialists;
    }

    public List<MentorChoice> getMentors() {
        return mentors;
    }

    public AssignmentForm getForm() {
        return form;
    }
}
