package kz.rudny.cabinet.web.openlessons;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplates;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.TemplateView;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.events.activities.boundary.ObservationView;
import kz.rudny.cabinet.events.activities.boundary.Observations;
import kz.rudny.cabinet.events.activities.boundary.OpenLessonForm;
import kz.rudny.cabinet.events.activities.boundary.OpenLessonView;
import kz.rudny.cabinet.events.activities.boundary.OpenLessons;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * An open lesson ({@code ?id=} the event's id): its details (changed by the organiser), the observer's way into
 * the analysis form, and for the teacher and organiser the submitted observations, the printouts and the summary.
 */
@Named
@ViewScoped
public class OpenLessonPage implements Serializable {

    @Inject
    OpenLessons openLessons;

    @Inject
    Observations observations;

    @Inject
    AnalysisTemplates templates;

    @Inject
    Staff staff;

    private Long id;
    private OpenLessonView view;
    private OpenLessonForm form;
    private List<StaffCard> teachers;
    private List<TemplateView> templateList;
    private List<ObservationView> submitted;
    private Long templateId;
    private String summary;

    public void load() {
        if (view != null) {
            return;
        }
        refresh();
        if (view.organising()) {
            form = openLessons.form(id);
            teachers = staff.colleagues();
        }
        if (view.mayObserve() && view.myObservationId() == null) {
            templateList = templates.all();
        }
        summary = view.summary();
    }

    private void refresh() {
        view = openLessons.view(id == null ? -1 : id);
        submitted = view.readsAll() ? observations.ofLesson(id) : List.of();
    }

    public void describe() {
        if (FacesForms.submit("details", () -> openLessons.describe(id, form))) {
            FacesForms.info("openLesson.described");
            refresh();
        }
    }

    public void startObservation() throws IOException {
        Long[] started = {null};
        if (FacesForms.submit("observe", () -> started[0] = observations.start(id, templateId == null ? -1
                : templateId))) {
            FacesForms.redirectTo("/events/observation.xhtml?id=" + started[0]);
        }
    }

    public void writeSummary() {
        if (FacesForms.submit("summaryForm", () -> observations.writeSummary(id, summary))) {
            FacesForms.info("openLesson.summarySaved");
            refresh();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OpenLessonView getView() {
        return view;
    }

    public OpenLessonForm getForm() {
        return form;
    }

    public List<StaffCard> getTeachers() {
        return teachers;
    }

    public List<TemplateView> getTemplateList() {
        return templateList;
    }

    public List<ObservationView> getSubmitted() {
        return submitted;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
