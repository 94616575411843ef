package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ObservationStatus;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.LessonObservation;
import kz.rudny.cabinet.events.activities.entity.OpenLesson;

/**
 * Who reads what of an open lesson: the organiser ({@link ActivityAccess#organises}) and the lesson's teacher read
 * every submitted observation and write the summary; an observer reads their own observation in any state.
 */
@ApplicationScoped
public class LessonAccess {

    @Inject
    ActivityAccess activities;

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    public static boolean isLesson(Activity a) {
        return a.getKind() == ActivityKind.OPEN_LESSON || a.getKind() == ActivityKind.LESSON_STUDY_LESSON;
    }

    public boolean organises(Activity a) {
        return activities.organises(a);
    }

    public boolean sees(Activity a) {
        return activities.sees(a);
    }

    /** Whether the caller is the lesson's teacher (a staff member of the organising school). */
    public boolean teaches(Optional<OpenLesson> lesson) {
        if (lesson.isEmpty() || !Objects.equals(caller.schoolId().orElse(null), lesson.get().getOwnerSchoolId())) {
            return false;
        }
        return profile.staffId().map(id -> id == lesson.get().getTeacherStaffId()).orElse(false);
    }

    /** The organiser and the teacher read every submitted observation of the lesson. */
    public boolean readsAll(Activity a, Optional<OpenLesson> lesson) {
        return organises(a) || teaches(lesson);
    }

    /** The observer reads their own; the organiser and the teacher the submitted ones. */
    public boolean reads(LessonObservation o, Activity a, Optional<OpenLesson> lesson) {
        return o.getObserverAccountId() == caller.accountId()
                || (o.getStatus() == ObservationStatus.SUBMITTED && readsAll(a, lesson));
    }
}
