package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.TeacherWork;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorkSource;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;

/**
 * What the events recorded of a teacher's work, counted by the day each event began: the held events (any
 * organiser) where they were marked present as a member of the current school; the held events where they presented
 * as staff, open lessons apart; and the held open lessons they gave in this school. Read through
 * {@link ActivityRecords#data()}: another school's own events stay out of sight.
 */
@ApplicationScoped
public class ActivitiesInTeacherWork implements TeacherWorkSource {

    @Inject
    ActivityRecords records;

    @Inject
    Tenancy tenancy;

    @Override
    public TeacherWork of(long staffId, long accountId, LocalDate from, LocalDate to) {
        long school = tenancy.currentSchool().orElseThrow();
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        var data = records.data();
        long attended = data.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.accountId = :account"
                        + " AND r.registrantSchoolId = :school AND r.status = :placed AND r.attended = TRUE"
                        + " AND r.activity.status = :held AND r.activity.startsAt >= :start"
                        + " AND r.activity.startsAt < :end", Long.class)
                .setParameter("account", accountId).setParameter("school", school)
                .setParameter("placed", SeatStatus.REGISTERED).setParameter("held", ActivityStatus.HELD)
                .setParameter("start", start).setParameter("end", end).getSingleResult();
        long presented = data.createQuery("SELECT COUNT(DISTINCT p.activity.id) FROM Presenter p"
                        + " WHERE p.staffId = :staff AND p.activity.status = :held AND p.activity.kind NOT IN :lessons"
                        + " AND p.activity.startsAt >= :start AND p.activity.startsAt < :end", Long.class)
                .setParameter("staff", staffId).setParameter("held", ActivityStatus.HELD)
                .setParameter("lessons", List.of(ActivityKind.OPEN_LESSON, ActivityKind.LESSON_STUDY_LESSON))
                .setParameter("start", start).setParameter("end", end).getSingleResult();
        long lessons = data.createQuery("SELECT COUNT(l) FROM OpenLesson l, Activity a WHERE a.id = l.activityId"
                        + " AND l.teacherStaffId = :staff AND l.ownerSchoolId = :school AND a.status = :held"
                        + " AND a.startsAt >= :start AND a.startsAt < :end", Long.class)
                .setParameter("staff", staffId).setParameter("school", school)
                .setParameter("held", ActivityStatus.HELD)
                .setParameter("start", start).setParameter("end", end).getSingleResult();
        return new TeacherWork((int) attended, (int) presented, (int) lessons, 0);
    }
}
