package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorkSource;
import kz.rudny.cabinet.domain.people.boundary.WorkItem;
import kz.rudny.cabinet.domain.people.boundary.WorkKind;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import kz.rudny.cabinet.events.activities.entity.Activity;

/**
 * What the events recorded of a teacher's work, on the day each event began: the held events (any organiser) where
 * they were marked present as a member of the current school; the held events where they presented as staff, open
 * lessons apart; and the held open lessons they gave in this school. Read through {@link ActivityRecords#data()}:
 * another school's own events stay out of sight.
 */
@ApplicationScoped
public class ActivitiesInTeacherWork implements TeacherWorkSource {

    private static final List<ActivityKind> LESSONS = List.of(ActivityKind.OPEN_LESSON, ActivityKind.LESSON_STUDY_LESSON);

    @Inject
    ActivityRecords records;

    @Inject
    Tenancy tenancy;

    @Override
    public List<WorkItem> itemsOf(long staffId, long accountId, LocalDate from, LocalDate to) {
        long school = tenancy.currentSchool().orElseThrow();
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        var data = records.data();
        List<WorkItem> items = new ArrayList<>();
        data.createQuery("SELECT r.activity FROM Registration r WHERE r.accountId = :account"
                        + " AND r.registrantSchoolId = :school AND r.status = :placed AND r.attended = TRUE"
                        + " AND r.activity.status = :held AND r.activity.startsAt >= :start"
                        + " AND r.activity.startsAt < :end", Activity.class)
                .setParameter("account", accountId).setParameter("school", school)
                .setParameter("placed", SeatStatus.REGISTERED).setParameter("held", ActivityStatus.HELD)
                .setParameter("start", start).setParameter("end", end).getResultStream()
                .forEach(a -> items.add(item(WorkKind.EVENT_ATTENDED, a)));
        Map<Long, Activity> presented = new LinkedHashMap<>();
        data.createQuery("SELECT p.activity FROM Presenter p WHERE p.staffId = :staff AND p.activity.status = :held"
                        + " AND p.activity.kind NOT IN :lessons AND p.activity.startsAt >= :start"
                        + " AND p.activity.startsAt < :end", Activity.class)
                .setParameter("staff", staffId).setParameter("held", ActivityStatus.HELD)
                .setParameter("lessons", LESSONS).setParameter("start", start).setParameter("end", end)
                .getResultStream().forEach(a -> presented.putIfAbsent(a.getId(), a));
        presented.values().forEach(a -> items.add(item(WorkKind.EVENT_PRESENTED, a)));
        data.createQuery("SELECT a FROM OpenLesson l, Activity a WHERE a.id = l.activityId"
                        + " AND l.teacherStaffId = :staff AND l.ownerSchoolId = :school AND a.status = :held"
                        + " AND a.startsAt >= :start AND a.startsAt < :end", Activity.class)
                .setParameter("staff", staffId).setParameter("school", school)
                .setParameter("held", ActivityStatus.HELD).setParameter("start", start).setParameter("end", end)
                .getResultStream().forEach(a -> items.add(item(WorkKind.OPEN_LESSON_GIVEN, a)));
        return items;
    }

    private static WorkItem item(WorkKind kind, Activity a) {
        return new WorkItem(kind, a.getId(), a.getTitleKk(), a.getTitleRu(), a.getStartsAt().toLocalDate());
    }
}
