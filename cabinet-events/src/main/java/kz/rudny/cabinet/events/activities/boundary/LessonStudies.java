package kz.rudny.cabinet.events.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.control.ActivityRecords;
import kz.rudny.cabinet.events.activities.control.StudyRecords;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.LessonStudy;
import kz.rudny.cabinet.events.activities.entity.StudyLesson;
import kz.rudny.cabinet.events.activities.entity.StudyMember;

/**
 * Lesson Study cycles of a school: the school methodologist or an association head makes and changes a cycle
 * (a group of 3..5 of the school's teachers, a research question, the year, the focus pupils) and links its
 * lessons (the school's events of kind LESSON_STUDY_LESSON, made by {@link Activities}); the group's members
 * record each lesson's stage and discussion and write the report. Only the group and the school's methodologists
 * and association heads see a cycle; another school does not know it exists.
 */
@ApplicationScoped
@Allowed({Role.SCHOOL_METHODOLOGIST, Role.ASSOCIATION_HEAD})
@Transactional
public class LessonStudies {

    public static final int MIN_GROUP = 3;
    public static final int MAX_GROUP = 5;
    public static final int MAX_LESSONS = 10;

    @Inject
    StudyRecords records;

    @Inject
    ActivityRecords activities;

    @Inject
    Staff staff;

    @Inject
    Profile profile;

    @Inject
    CurrentCaller caller;

    /** Whether the caller makes and changes cycles (the school methodologist, an association head). */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public boolean canEdit() {
        return editor();
    }

    /** The cycles the caller sees: all of the school for its methodologists and heads, else those of their group. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public List<LessonStudyView> list() {
        return records.all().stream().filter(this::sees).map(this::view).toList();
    }

    /** One cycle, for its group and the school's methodologists and association heads. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public LessonStudyView view(long id) {
        return view(visible(id));
    }

    /** The form filled with the cycle's values, to change it. */
    public LessonStudyForm form(long id) {
        LessonStudy s = records.find(id);
        LessonStudyForm f = new LessonStudyForm();
        f.setTitle(s.getTitle());
        f.setResearchQuestion(s.getResearchQuestion());
        f.setAcademicYear(s.getAcademicYear());
        f.setMemberIds(s.members().stream().map(StudyMember::getStaffId).toList());
        f.setPupilA(s.getPupilA());
        f.setPupilB(s.getPupilB());
        f.setPupilC(s.getPupilC());
        return f;
    }

    /** Makes a cycle; answers its id. */
    public long create(@NotNull LessonStudyForm form) {
        List<StaffCard> group = check(form);
        LessonStudy s = new LessonStudy(form.getTitle(), form.getResearchQuestion(), form.getAcademicYear());
        s.describe(form.getTitle(), form.getResearchQuestion(), form.getAcademicYear(), form.getPupilA(),
                form.getPupilB(), form.getPupilC());
        group.forEach(c -> s.members().add(new StudyMember(s, c.staffId(), c.fullName())));
        records.data().persist(s);
        records.data().flush();
        return s.getId();
    }

    /** Changes a cycle: its description and group. */
    public void update(long id, @NotNull LessonStudyForm form) {
        LessonStudy s = records.find(id);
        List<StaffCard> group = check(form);
        s.describe(form.getTitle(), form.getResearchQuestion(), form.getAcademicYear(), form.getPupilA(),
                form.getPupilB(), form.getPupilC());
        s.members().clear();
        records.data().flush();
        group.forEach(c -> s.members().add(new StudyMember(s, c.staffId(), c.fullName())));
        records.data().flush();
    }

    /** An event that may become a lesson of a cycle, as the choice on the cycle's page shows it. */
    public record LessonChoice(long activityId, String title, LocalDateTime startsAt) implements java.io.Serializable {
    }

    /**
     * The school's Lesson Study lessons (events of that kind, not cancelled) not yet among this cycle's, the latest
     * first: what {@link #addLesson} takes, to choose from instead of typing an event's number.
     */
    public List<LessonChoice> lessonChoices(long id) {
        LessonStudy s = records.find(id);
        Set<Long> linked = s.lessons().stream().map(StudyLesson::getActivityId).collect(Collectors.toSet());
        return activities.data().createQuery("SELECT a FROM Activity a WHERE a.kind = :k AND a.ownerSchoolId = :school"
                        + " AND a.status <> :cancelled ORDER BY a.startsAt DESC", Activity.class)
                .setParameter("k", ActivityKind.LESSON_STUDY_LESSON)
                .setParameter("school", caller.schoolId().orElse(-1L))
                .setParameter("cancelled", ActivityStatus.CANCELLED).setMaxResults(100).getResultStream()
                .filter(a -> !linked.contains(a.getId()))
                .map(a -> new LessonChoice(a.getId(), Activities.title(a), a.getStartsAt())).toList();
    }

    /** Links a lesson of the cycle: an event of the school of kind LESSON_STUDY_LESSON, once. */
    public void addLesson(long id, long activityId) {
        LessonStudy s = records.find(id);
        Activity a;
        try {
            a = activities.find(activityId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("activityId", "lessonStudy.notStudyLesson");
        }
        if (a.getKind() != ActivityKind.LESSON_STUDY_LESSON
                || !Objects.equals(a.getOwnerSchoolId(), caller.schoolId().orElse(null))) {
            throw new InvalidInputException("activityId", "lessonStudy.notStudyLesson");
        }
        if (s.lessons().stream().anyMatch(l -> l.getActivityId() == activityId)) {
            throw new InvalidInputException("activityId", "lessonStudy.lessonLinked");
        }
        if (s.lessons().size() >= MAX_LESSONS) {
            throw new InvalidInputException("activityId", "lessonStudy.tooManyLessons", MAX_LESSONS);
        }
        s.lessons().add(new StudyLesson(s, s.lessons().size() + 1, activityId));
        records.data().flush();
    }

    /** A member (or an editor) records where a lesson is and the discussion's notes. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public void recordLesson(long id, int number, @NotNull LessonStage stage, String discussion) {
        LessonStudy s = visible(id);
        StudyLesson lesson = s.lessons().stream().filter(l -> l.getPositionNo() == number).findFirst()
                .orElseThrow(() -> new NotFoundException(StudyRecords.RECORD, id));
        String notes = discussion == null || discussion.isBlank() ? null : discussion.strip();
        if (notes != null && notes.length() > 4000) {
            throw new InvalidInputException("discussion", "openLesson.tooLong", 4000);
        }
        lesson.progressed(stage, notes);
        records.data().flush();
    }

    /** A member (or an editor) writes the cycle's report and says whether the cycle is finished. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public void report(long id, String text, boolean finished) {
        LessonStudy s = visible(id);
        String report = text == null || text.isBlank() ? null : text.strip();
        if (report != null && report.length() > 8000) {
            throw new InvalidInputException("report", "openLesson.tooLong", 8000);
        }
        if (finished && report == null) {
            throw new InvalidInputException("report", "lessonStudy.reportRequired");
        }
        s.reported(report, finished);
        records.data().flush();
    }

    private LessonStudy visible(long id) {
        LessonStudy s = records.find(id);
        if (!sees(s)) {
            throw new NotFoundException(StudyRecords.RECORD, id);
        }
        return s;
    }

    private List<StaffCard> check(LessonStudyForm form) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        OpenLessons.required(problems, "title", form.getTitle(), 300);
        OpenLessons.required(problems, "researchQuestion", form.getResearchQuestion(), 1000);
        if (form.getAcademicYear() == null) {
            problems.add(new InvalidInputException.Problem("academicYear", "field.required"));
        } else if (form.getAcademicYear() < 2000 || form.getAcademicYear() > 2100) {
            problems.add(new InvalidInputException.Problem("academicYear", "lessonStudy.yearRange"));
        }
        for (String[] pupil : new String[][] {{"pupilA", form.getPupilA()}, {"pupilB", form.getPupilB()},
                {"pupilC", form.getPupilC()}}) {
            if (pupil[1] != null && pupil[1].length() > 500) {
                problems.add(new InvalidInputException.Problem(pupil[0], "openLesson.tooLong", 500));
            }
        }
        Set<Long> ids = new LinkedHashSet<>(form.getMemberIds());
        ids.remove(null);
        List<StaffCard> group = new ArrayList<>();
        if (ids.size() < MIN_GROUP || ids.size() > MAX_GROUP) {
            problems.add(new InvalidInputException.Problem("memberIds", "lessonStudy.groupSize", MIN_GROUP,
                    MAX_GROUP));
        } else {
            for (Long staffId : ids) {
                try {
                    group.add(staff.colleague(staffId));
                } catch (NotFoundException e) {
                    problems.add(new InvalidInputException.Problem("memberIds", "openLesson.teacherUnknown"));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return group;
    }

    private boolean editor() {
        return caller.has(Role.SCHOOL_METHODOLOGIST) || caller.has(Role.ASSOCIATION_HEAD);
    }

    private boolean member(LessonStudy s) {
        Long me = profile.staffId().orElse(null);
        return me != null && s.members().stream().anyMatch(m -> m.getStaffId() == me);
    }

    private boolean sees(LessonStudy s) {
        return editor() || member(s);
    }

    private LessonStudyView view(LessonStudy s) {
        List<LessonStudyView.Lesson> lessons = new ArrayList<>();
        for (StudyLesson l : s.lessons()) {
            Activity a = activities.data().find(Activity.class, l.getActivityId());
            lessons.add(new LessonStudyView.Lesson(l.getPositionNo(), l.getActivityId(),
                    a == null ? null : a.getTitleKk(), a == null ? null : a.getTitleRu(),
                    a == null ? null : a.getStartsAt(), l.getStage(), l.getDiscussion()));
        }
        return new LessonStudyView(s.getId(), s.getTitle(), s.getResearchQuestion(), s.getAcademicYear(),
                s.members().stream().map(m -> new LessonStudyView.Member(m.getStaffId(), m.getFullName())).toList(),
                s.getPupilA(), s.getPupilB(), s.getPupilC(), List.copyOf(lessons), s.getReport(), s.isFinished(),
                editor(), member(s));
    }
}
