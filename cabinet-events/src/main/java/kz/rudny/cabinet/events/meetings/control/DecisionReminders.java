package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.platform.boundary.SchoolRoutine;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.events.meetings.boundary.MinutesState;
import kz.rudny.cabinet.events.meetings.entity.Decision;

/**
 * Tells each decision's owner once when its deadline is near ({@value #DAYS_AHEAD} days or less, not done): at
 * start and every few hours after, school by school through the tenant filter. A decision reminded is marked, so a
 * restart or a second server never tells twice (the mark is written in the same transaction as the notification).
 */
@ApplicationScoped
public class DecisionReminders implements SchoolRoutine {

    static final int DAYS_AHEAD = 3;

    @Inject
    MeetingRecords records;

    @Inject
    Notifications notifications;

    @Inject
    Settings settings;

    @Override
    public long everyMinutes() {
        return 180;
    }

    @Override
    @Transactional
    public void runForCurrentSchool(LocalDate today) {
        remindCurrentSchool();
    }

    /** Reminds the current school's owners of decisions due within the next days; answers how many were told. */
    @Transactional
    public int remindCurrentSchool() {
        LocalDate today = LocalDate.now(settings.timeZone());
        List<Decision> due = records.data().createQuery("SELECT d FROM Decision d JOIN d.meeting m"
                        + " WHERE d.doneAt IS NULL AND d.remindedAt IS NULL AND m.minutesState = :final"
                        + " AND d.dueOn >= :today AND d.dueOn <= :soon", Decision.class)
                .setParameter("final", MinutesState.FINAL).setParameter("today", today)
                .setParameter("soon", today.plusDays(DAYS_AHEAD)).getResultList();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (Decision d : due) {
            notifications.sendToStaff(List.of(d.getOwnerStaffId()), Notice.about("notice.decision.dueSoon",
                    d.getMeeting().getAssociationName(), d.getNumber(), d.getDueOn().format(PaperDates.DAY), d.getText())
                    .linkingTo("/events/decisions.xhtml"));
            d.reminded(now);
        }
        return due.size();
    }
}
