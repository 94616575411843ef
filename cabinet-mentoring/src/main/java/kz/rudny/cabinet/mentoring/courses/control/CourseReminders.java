package kz.rudny.cabinet.mentoring.courses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecord;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecords;
import kz.rudny.cabinet.domain.platform.boundary.SchoolRoutine;
import kz.rudny.cabinet.mentoring.courses.entity.CourseReminder;

/**
 * Reminds each teacher of the course rule six months and one month before their due day (notifications), at start
 * and every few hours after, school by school through the tenant filter. Each reminder sent is a row with a unique
 * key (teacher, due day, stage) written in the same transaction as the notification, so a restart never sends one
 * twice and of two servers of a cluster only one commits it.
 */
@ApplicationScoped
public class CourseReminders implements SchoolRoutine {

    /** The stages: months before the due day, the earlier first. */
    static final Map<String, Integer> STAGES = Map.of("SIX_MONTHS", 6, "ONE_MONTH", 1);

    @Inject
    CourseRecords records;

    @Inject
    CourseSettings rule;

    @Inject
    TeachingRecords teaching;

    @Inject
    Notifications notifications;

    @Override
    public long everyMinutes() {
        return 360;
    }

    @Override
    @Transactional
    public void runForCurrentSchool(LocalDate today) {
        remindCurrentSchool(today);
    }

    /**
     * Reminds the current school's active teachers whose due day is within a stage's months of the day and who were
     * not yet reminded at that stage for that due day (the nearest stage only); answers how many were told.
     */
    @Transactional
    public int remindCurrentSchool(LocalDate today) {
        Map<Long, LocalDate> last = records.lastConfirmed();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        records.data().createQuery("SELECT r FROM CourseReminder r", CourseReminder.class).getResultStream()
                .forEach(r -> sent.add(r.getStaffId() + "/" + r.getDueOn() + "/" + r.getStage()));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int told = 0;
        for (TeachingRecord r : teaching.onDay(today)) {
            LocalDate due = CourseRule.dueOn(last.get(r.card().staffId()), r.teachingSince(), rule.periodYears());
            String stage = stage(due, today);
            if (!r.active() || stage == null || !sent.add(r.card().staffId() + "/" + due + "/" + stage)) {
                continue;
            }
            records.data().persist(new CourseReminder(r.card().staffId(), due, stage, now));
            notifications.send(List.of(r.accountId()), reminder(stage, due));
            told++;
        }
        records.data().flush();
        return told;
    }

    /** The nearest stage the day is in before the due day, or null (not yet, or already past the due day). */
    static String stage(LocalDate due, LocalDate today) {
        if (due == null || today.isAfter(due)) {
            return null;
        }
        if (!today.isBefore(due.minusMonths(STAGES.get("ONE_MONTH")))) {
            return "ONE_MONTH";
        }
        return today.isBefore(due.minusMonths(STAGES.get("SIX_MONTHS"))) ? null : "SIX_MONTHS";
    }

    /** The reminder of a stage, each key written out whole (the texts test finds the keys a module sends). */
    private Notice reminder(String stage, LocalDate due) {
        Object[] args = {due.format(PaperDates.DAY), rule.periodYears()};
        Notice notice = stage.equals("ONE_MONTH") ? Notice.about("notice.courses.dueInAMonth", args)
                : Notice.about("notice.courses.dueInSixMonths", args);
        return notice.linkingTo("/mentoring/courses.xhtml");
    }
}
