package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.events.meetings.boundary.MeetingStatus;
import kz.rudny.cabinet.events.meetings.entity.AgendaItem;
import kz.rudny.cabinet.events.meetings.entity.Meeting;
import kz.rudny.cabinet.events.plan.boundary.DemoSourcePlanned;
import kz.rudny.cabinet.events.plan.boundary.PlanFromSources;
import kz.rudny.cabinet.events.plan.boundary.PlanItemKind;
import kz.rudny.cabinet.events.plan.boundary.PlanSource;

/**
 * Association meetings appear in the school's annual plan by themselves: planned (title, month and the head as
 * responsible follow the meeting), held on its day once its minutes are recorded, moved to another month or
 * cancelled with its reason. Each call first brings the item up to date, so a meeting that predates its item gets
 * one.
 */
@ApplicationScoped
public class MeetingsInPlan {

    /** What a meeting's plan item names as its source. */
    public static final String SOURCE_KIND = "MEETING";
    private static final int TITLE = 500;

    @Inject
    PlanFromSources plan;

    public void planned(Meeting m, Long headStaffId) {
        plan.planned(source(m), title(m), m.getStartsAt().toLocalDate(), headStaffId, PlanItemKind.ASSOCIATION_MEETING);
    }

    /**
     * The meeting moved from {@code dayBefore} to another month: its item is marked moved to the new month with the
     * reason (an item the meeting had no longer gets one at its old day first). Across the academic year's end the
     * item simply goes to the new year's plan.
     */
    public void moved(Meeting m, Long headStaffId, LocalDate dayBefore, String reason) {
        LocalDate day = m.getStartsAt().toLocalDate();
        if (!AcademicYear.of(dayBefore).equals(AcademicYear.of(day))) {
            planned(m, headStaffId);
            return;
        }
        plan.planned(source(m), title(m), dayBefore, headStaffId, PlanItemKind.ASSOCIATION_MEETING);
        plan.moved(source(m), day, reason);
        planned(m, headStaffId);
    }

    public void held(Meeting m, Long headStaffId) {
        planned(m, headStaffId);
        plan.held(source(m), m.getStartsAt().toLocalDate());
    }

    public void cancelled(Meeting m, Long headStaffId) {
        planned(m, headStaffId);
        plan.cancelled(source(m), m.getCancelReason());
    }

    /** The demo's meeting as its plan item, held on its day when its minutes are recorded. */
    static DemoSourcePlanned demoEntry(Meeting m, long headStaffId, String headName) {
        LocalDate day = m.getStartsAt().toLocalDate();
        return new DemoSourcePlanned(source(m), title(m), PlanItemKind.ASSOCIATION_MEETING, day, headStaffId, headName,
                m.getStatus() == MeetingStatus.HELD ? day : null);
    }

    private static PlanSource source(Meeting m) {
        return new PlanSource(SOURCE_KIND, m.getId());
    }

    /** "Association: topic; topic", as the paper plan names a meeting by what it is about. */
    private static String title(Meeting m) {
        String topics = m.agenda().stream().map(AgendaItem::getTopic).collect(Collectors.joining("; "));
        String title = m.getAssociationName() + (topics.isEmpty() ? "" : ": " + topics);
        return title.length() <= TITLE ? title : title.substring(0, TITLE - 1) + "…";
    }
}
