package kz.rudny.cabinet.web.openlessons;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.events.activities.boundary.LessonStage;
import kz.rudny.cabinet.events.activities.boundary.LessonStudies;
import kz.rudny.cabinet.events.activities.boundary.LessonStudyView;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;

/**
 * A Lesson Study cycle ({@code ?id=}): the group, question, focus pupils; each lesson with its stage and
 * discussion notes (recorded by the group), links to the lessons' pages; the report; the methodologist and heads
 * link a further lesson by its event number.
 */
@Named
@ViewScoped
public class LessonStudyPage implements Serializable {

    @Inject
    LessonStudies studies;

    private Long id;
    private LessonStudyView view;
    private List<LessonRow> rows;
    private String report;
    private boolean finished;
    private Long lessonActivityId;
    private List<LessonStudies.LessonChoice> lessonChoices = List.of();

    /** A lesson's stage and notes as typed. */
    public static class LessonRow implements Serializable {

        private final int number;
        private LessonStage stage;
        private String discussion;

        LessonRow(int number, LessonStage stage, String discussion) {
            this.number = number;
            this.stage = stage;
            this.discussion = discussion;
        }

        public int getNumber() {
            return number;
        }

        public LessonStage getStage() {
            return stage;
        }

        public void setStage(LessonStage stage) {
            this.stage = stage;
        }

        public String getDiscussion() {
            return discussion;
        }

        public void setDiscussion(String discussion) {
            this.discussion = discussion;
        }
    }

    public void load() {
        if (view == null) {
            refresh();
        }
    }

    private void refresh() {
        view = studies.view(id == null ? -1 : id);
        lessonChoices = view.editing() ? studies.lessonChoices(id) : List.of();
        rows = new ArrayList<>();
        view.lessons().forEach(l -> rows.add(new LessonRow(l.number(), l.stage(), l.discussion())));
        report = view.report();
        finished = view.finished();
    }

    public void saveLesson(int index) {
        LessonRow row = rows.get(index);
        if (FacesForms.submit("lessons", () -> studies.recordLesson(id, row.getNumber(), row.getStage(),
                row.getDiscussion()))) {
            FacesForms.info("lessonStudy.lessonSaved");
            refresh();
        }
    }

    public void saveReport() {
        if (FacesForms.submit("reportForm", () -> studies.report(id, report, finished))) {
            FacesForms.info("lessonStudy.reportSaved");
            refresh();
        }
    }

    public void addLesson() {
        if (lessonActivityId == null) {
            FacesForms.fieldError("link", "activityId", Texts.validation("field.required"));
            return;
        }
        if (FacesForms.submit("link", () -> studies.addLesson(id, lessonActivityId))) {
            FacesForms.info("lessonStudy.lessonLinkedInfo");
            lessonActivityId = null;
            refresh();
        }
    }

    public LessonStage[] getStages() {
        return LessonStage.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LessonStudyView getView() {
        return view;
    }

    public List<LessonRow> getRows() {
        return rows;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public boolean isFinished() {
        return finished;
    }

    public void setFinished(boolean finished) {
        this.finished = finished;
    }

    /** The school's Lesson Study lessons not yet in the cycle, for the one who links them. */
    public List<LessonStudies.LessonChoice> getLessonChoices() {
        return lessonChoices;
    }

    public Long getLessonActivityId() {
        return lessonActivityId;
    }

    public void setLessonActivityId(Long lessonActivityId) {
        this.lessonActivityId = lessonActivityId;
    }
}
