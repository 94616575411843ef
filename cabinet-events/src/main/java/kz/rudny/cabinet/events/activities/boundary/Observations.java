package kz.rudny.cabinet.events.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisLine;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplates;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.LessonAnalysisPdf;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.TemplateView;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.control.ActivityRecords;
import kz.rudny.cabinet.events.activities.control.LessonAccess;
import kz.rudny.cabinet.events.activities.control.LessonRecords;
import kz.rudny.cabinet.events.activities.control.ObservationViews;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.LessonObservation;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisItem;
import kz.rudny.cabinet.events.activities.entity.OpenLesson;

/**
 * Observing an open lesson: a person registered for it (with a place) starts ONE observation from a template of
 * their own school, whose criteria are copied in; fills marks (1..5) and comments, recommendations (and for a
 * Lesson Study lesson notes on the focus pupils A, B, C) as a draft; then submits it, and it is locked. The
 * lesson's teacher and organiser read every submitted observation (also another school's, of a lesson open to
 * the town), write the summary (self-analysis) and print them; a third school sees nothing. Refusals by the field.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Observations {

    public static final int MAX_COMMENT = 2000;
    public static final int MAX_TEXT = 4000;

    @Inject
    ActivityRecords activities;

    @Inject
    LessonRecords records;

    @Inject
    LessonAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    AnalysisTemplates templates;

    /** Starts the caller's observation of the lesson from a template of their school; answers its id. */
    public long start(long activityId, long templateId) {
        Activity a = visibleLesson(activityId);
        if (a.getStatus() == ActivityStatus.CANCELLED) {
            throw new InvalidInputException("activity", "activity.cancelled");
        }
        boolean registered = activities.registrationOf(a, caller.accountId())
                .filter(r -> r.getStatus() == SeatStatus.REGISTERED).isPresent();
        if (!registered) {
            throw new InvalidInputException("activity", "observation.notRegistered");
        }
        if (records.observationOf(activityId, caller.accountId()).isPresent()) {
            throw new InvalidInputException("activity", "observation.already");
        }
        StaffCard me = profile.staffCard().orElseThrow(() -> new InvalidInputException("activity",
                "activity.notStaff"));
        TemplateView template;
        try {
            template = templates.view(templateId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("templateId", "observation.templateUnknown");
        }
        LessonObservation o = new LessonObservation(a.getId(), a.getOrganiserKey(), me.schoolId(),
                caller.accountId(), me.fullName(), me.schoolName(), template.id(), template.name(),
                template.language(), a.getKind() == ActivityKind.LESSON_STUDY_LESSON, nowUtc());
        o.items().addAll(AnalysisItem.copied(template));
        records.data().persist(o);
        records.data().flush();
        return o.getId();
    }

    /** One observation: the observer's own in any state, or a submitted one for the lesson's teacher/organiser. */
    public ObservationView view(long observationId) {
        return ObservationViews.view(readable(observationId), caller.accountId());
    }

    /** The observer's own observation filled into a form, to go on filling it. */
    public ObservationForm form(long observationId) {
        LessonObservation o = own(observationId);
        ObservationForm f = new ObservationForm();
        f.setLines(AnalysisLine.of(o.items()));
        f.setRecommendations(o.getRecommendations());
        f.setPupilA(o.getFocusA());
        f.setPupilB(o.getFocusB());
        f.setPupilC(o.getFocusC());
        return f;
    }

    /** Saves the draft: marks 1..5 or none, comments, recommendations; a submitted one is not changed. */
    public void save(long observationId, @NotNull ObservationForm form) {
        LessonObservation o = own(observationId);
        if (o.getStatus() == ObservationStatus.SUBMITTED) {
            throw new InvalidInputException("observation", "observation.submitted");
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>(
                AnalysisLine.problems(o.items(), form.getLines()));
        tooLong(problems, "recommendations", form.getRecommendations(), MAX_TEXT);
        tooLong(problems, "pupilA", form.getPupilA(), MAX_COMMENT);
        tooLong(problems, "pupilB", form.getPupilB(), MAX_COMMENT);
        tooLong(problems, "pupilC", form.getPupilC(), MAX_COMMENT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AnalysisLine.fill(o.items(), form.getLines());
        o.written(form.getRecommendations(), form.getPupilA(), form.getPupilB(), form.getPupilC());
        records.data().flush();
    }

    /**
     * Submits the observation: from now on it is locked, and the teacher and organiser read it. One without a single
     * mark is refused (saved marks count: save the draft first).
     */
    public void submit(long observationId) {
        LessonObservation o = own(observationId);
        if (o.getStatus() == ObservationStatus.SUBMITTED) {
            throw new InvalidInputException("observation", "observation.submitted");
        }
        if (o.items().stream().allMatch(i -> i.getMark() == null)) {
            throw new InvalidInputException("observation", "observation.noMarks");
        }
        o.submitted(nowUtc());
        records.data().flush();
    }

    /** The caller's own observation of the lesson, if started. */
    public Optional<ObservationView> mine(long activityId) {
        visibleLesson(activityId);
        return records.observationOf(activityId, caller.accountId())
                .map(o -> ObservationViews.view(o, caller.accountId()));
    }

    /** Every submitted observation of the lesson, for its teacher and organiser only. */
    public List<ObservationView> ofLesson(long activityId) {
        Activity a = visibleLesson(activityId);
        if (!access.readsAll(a, records.lesson(activityId))) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        return records.submitted(activityId).stream().map(o -> ObservationViews.view(o, caller.accountId())).toList();
    }

    /** The teacher or the organiser writes the summary (self-analysis) of the described lesson. */
    public void writeSummary(long activityId, String text) {
        Activity a = visibleLesson(activityId);
        Optional<OpenLesson> lesson = records.lesson(activityId);
        if (!access.readsAll(a, lesson)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        if (lesson.isEmpty()) {
            throw new InvalidInputException("summary", "openLesson.notDescribed");
        }
        String summary = text == null || text.isBlank() ? null : text.strip();
        if (summary == null) {
            throw new InvalidInputException("summary", "field.required");
        }
        if (summary.length() > MAX_TEXT) {
            throw new InvalidInputException("summary", "openLesson.tooLong", MAX_TEXT);
        }
        lesson.get().summarised(summary, caller.getFullName(), nowUtc());
        records.data().flush();
    }

    /** The summary, for those who read the lesson's observations; null when not written. */
    public String summary(long activityId) {
        Activity a = visibleLesson(activityId);
        Optional<OpenLesson> lesson = records.lesson(activityId);
        if (!access.readsAll(a, lesson)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        return lesson.map(OpenLesson::getSummary).orElse(null);
    }

    /** One observation as a PDF with Kazakh or Russian headings, for whoever may read it. */
    public byte[] pdf(long observationId, @NotNull Language language) {
        LessonObservation o = readable(observationId);
        Activity a = activities.find(o.getActivityId());
        return LessonAnalysisPdf.write(ObservationViews.printed(a, records.lesson(a.getId()), List.of(o), false),
                language);
    }

    /** Every submitted observation of the lesson and the summary as one PDF, for its teacher and organiser. */
    public byte[] lessonPdf(long activityId, @NotNull Language language) {
        Activity a = visibleLesson(activityId);
        Optional<OpenLesson> lesson = records.lesson(activityId);
        if (!access.readsAll(a, lesson)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        return LessonAnalysisPdf.write(ObservationViews.printed(a, lesson, records.submitted(activityId), true),
                language);
    }

    private LessonObservation readable(long observationId) {
        LessonObservation o = records.observation(observationId);
        Activity a = activities.find(o.getActivityId());
        if (!access.reads(o, a, records.lesson(a.getId()))) {
            throw new NotFoundException(LessonRecords.OBSERVATION, observationId);
        }
        return o;
    }

    private LessonObservation own(long observationId) {
        LessonObservation o = records.observation(observationId);
        if (o.getObserverAccountId() != caller.accountId()) {
            throw new NotFoundException(LessonRecords.OBSERVATION, observationId);
        }
        return o;
    }

    private Activity visibleLesson(long activityId) {
        Activity a = activities.find(activityId);
        if (!access.sees(a) || !LessonAccess.isLesson(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        return a;
    }

    private static void tooLong(List<InvalidInputException.Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new InvalidInputException.Problem(field, "openLesson.tooLong", max));
        }
    }

    private static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
