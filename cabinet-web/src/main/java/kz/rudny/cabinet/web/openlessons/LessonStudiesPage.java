package kz.rudny.cabinet.web.openlessons;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.events.activities.boundary.LessonStudies;
import kz.rudny.cabinet.events.activities.boundary.LessonStudyForm;
import kz.rudny.cabinet.events.activities.boundary.LessonStudyView;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * The school's Lesson Study cycles the caller sees (all of them for the methodologist and association heads, else
 * those of their group); the methodologist and heads start a new cycle here.
 */
@Named
@ViewScoped
public class LessonStudiesPage implements Serializable {

    @Inject
    LessonStudies studies;

    @Inject
    Staff staff;

    private List<LessonStudyView> list;
    private boolean editor;
    private LessonStudyForm form;
    private List<StaffCard> teachers;

    public void load() {
        if (list != null) {
            return;
        }
        list = studies.list();
        editor = studies.canEdit();
        if (editor) {
            form = new LessonStudyForm();
            form.setAcademicYear(AcademicYear.of(LocalDate.now()).startYear());
            teachers = staff.colleagues();
        }
    }

    public void create() throws IOException {
        long[] id = {0};
        if (FacesForms.submit("study", () -> id[0] = studies.create(form))) {
            FacesForms.info("lessonStudy.created");
            FacesForms.redirectTo("/events/lesson-study.xhtml?id=" + id[0]);
        }
    }

    public List<LessonStudyView> getList() {
        return list;
    }

    public boolean isEditor() {
        return editor;
    }

    public LessonStudyForm getForm() {
        return form;
    }

    public List<StaffCard> getTeachers() {
        return teachers;
    }
}
