package kz.rudny.cabinet.events.activities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.control.ActivityRecords;
import kz.rudny.cabinet.events.activities.control.LessonAccess;
import kz.rudny.cabinet.events.activities.control.LessonRecords;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.LessonObservation;
import kz.rudny.cabinet.events.activities.entity.OpenLesson;

/**
 * What is taught at an open lesson (an event of kind OPEN_LESSON or LESSON_STUDY_LESSON): the event's organiser
 * names the teacher (a staff member of the organising school), class, subject, topic and goals; everyone who sees
 * the event sees them. A district event is not a lesson of a school and has no details.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class OpenLessons {

    @Inject
    ActivityRecords activities;

    @Inject
    LessonRecords records;

    @Inject
    LessonAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    Staff staff;

    /** The lesson as the caller sees it; an event that is no lesson, or that the caller may not see, is not found. */
    public OpenLessonView view(long activityId) {
        Activity a = visibleLesson(activityId);
        Optional<OpenLesson> lesson = records.lesson(activityId);
        boolean registered = activities.registrationOf(a, caller.accountId())
                .filter(r -> r.getStatus() == SeatStatus.REGISTERED).isPresent();
        Long mine = records.observationOf(activityId, caller.accountId()).map(LessonObservation::getId).orElse(null);
        OpenLesson l = lesson.orElse(null);
        return new OpenLessonView(a.getId(), a.getKind(), a.getStatus(), a.getTitleKk(), a.getTitleRu(),
                a.getOwnerName(), a.getStartsAt(), l != null, l == null ? null : l.getTeacherStaffId(),
                l == null ? null : l.getTeacherName(), l == null ? null : l.getClassName(),
                l == null ? null : l.getSubject(), l == null ? null : l.getTopic(), l == null ? null : l.getGoals(),
                l == null ? null : l.getSummary(), l == null ? null : l.getSummaryBy(),
                l == null ? null : l.getSummaryAt(), access.organises(a), access.readsAll(a, lesson),
                registered, mine);
    }

    /** The details as they are, to change them (the organiser only). */
    public OpenLessonForm form(long activityId) {
        Activity a = organisedLesson(activityId);
        OpenLessonForm f = new OpenLessonForm();
        records.lesson(a.getId()).ifPresent(l -> {
            f.setTeacherStaffId(l.getTeacherStaffId());
            f.setClassName(l.getClassName());
            f.setSubject(l.getSubject());
            f.setTopic(l.getTopic());
            f.setGoals(l.getGoals());
        });
        return f;
    }

    /** The organiser writes (or changes) the lesson's details; bad input is refused by the field. */
    public void describe(long activityId, @NotNull OpenLessonForm form) {
        Activity a = organisedLesson(activityId);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        StaffCard teacher = null;
        if (form.getTeacherStaffId() == null) {
            problems.add(new InvalidInputException.Problem("teacherStaffId", "field.required"));
        } else {
            try {
                teacher = staff.colleague(form.getTeacherStaffId());
            } catch (NotFoundException e) {
                problems.add(new InvalidInputException.Problem("teacherStaffId", "openLesson.teacherUnknown"));
            }
        }
        required(problems, "className", form.getClassName(), 20);
        required(problems, "subject", form.getSubject(), 200);
        required(problems, "topic", form.getTopic(), 300);
        if (form.getGoals() != null && form.getGoals().length() > 2000) {
            problems.add(new InvalidInputException.Problem("goals", "openLesson.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OpenLesson l = records.lesson(a.getId()).orElse(null);
        if (l == null) {
            l = new OpenLesson(a.getId(), a.getOwnerSchoolId());
            records.data().persist(l);
        }
        l.describe(a.getAudience() == Audience.SCHOOL ? a.getOwnerSchoolId() : null, teacher.staffId(),
                teacher.fullName(), form.getClassName(), form.getSubject(), form.getTopic(), form.getGoals());
        records.data().flush();
    }

    private Activity visibleLesson(long activityId) {
        Activity a = activities.find(activityId);
        if (!access.sees(a) || !LessonAccess.isLesson(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        return a;
    }

    private Activity organisedLesson(long activityId) {
        Activity a = visibleLesson(activityId);
        if (!access.organises(a)) {
            throw new NotFoundException(ActivityRecords.RECORD, activityId);
        }
        if (a.getOwnerSchoolId() == null) {
            throw new InvalidInputException("activity", "openLesson.schoolOnly");
        }
        return a;
    }

    static void required(List<InvalidInputException.Problem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(new InvalidInputException.Problem(field, "field.required"));
        } else if (value.length() > max) {
            problems.add(new InvalidInputException.Problem(field, "openLesson.tooLong", max));
        }
    }
}
