package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.Presenter;
import kz.rudny.cabinet.events.plan.boundary.DemoSourcePlanned;
import kz.rudny.cabinet.events.plan.boundary.PlanFromSources;
import kz.rudny.cabinet.events.plan.boundary.PlanItemKind;
import kz.rudny.cabinet.events.plan.boundary.PlanSource;

/**
 * A school's events appear in its annual plan by themselves: announced (title, month, the first presenter of the
 * school as responsible, else the organiser), held on their day once attendance is taken, moved to another month
 * or cancelled with the reason. A district event is in no school's plan.
 */
@ApplicationScoped
public class ActivitiesInPlan {

    private static final int TITLE = 500;

    @Inject
    PlanFromSources plan;

    public void planned(Activity a) {
        if (a.getOwnerSchoolId() != null) {
            plan.planned(source(a), title(a), a.getStartsAt().toLocalDate(), responsible(a), kind(a.getKind()));
        }
    }

    public void held(Activity a) {
        if (a.getOwnerSchoolId() != null) {
            planned(a);
            plan.held(source(a), a.getStartsAt().toLocalDate());
        }
    }

    public void cancelled(Activity a) {
        if (a.getOwnerSchoolId() != null) {
            planned(a);
            plan.cancelled(source(a), a.getCancelReason());
        }
    }

    /**
     * The event changed, or moved from {@code dayBefore}: to another month of the same academic year, its item is
     * marked moved with the reason; across the year's end it simply goes to the new year's plan.
     */
    public void moved(Activity a, LocalDate dayBefore, String reason) {
        if (a.getOwnerSchoolId() == null) {
            return;
        }
        LocalDate day = a.getStartsAt().toLocalDate();
        if (YearMonth.from(dayBefore).equals(YearMonth.from(day))
                || !AcademicYear.of(dayBefore).equals(AcademicYear.of(day))) {
            planned(a);
            return;
        }
        plan.planned(source(a), title(a), dayBefore, responsible(a), kind(a.getKind()));
        plan.moved(source(a), day, reason);
        planned(a);
    }

    /** The demo's event as its plan item (the demo runs with nobody signed in). */
    static DemoSourcePlanned demoEntry(Activity a, long responsibleStaffId, String responsibleName, LocalDate heldOn) {
        return new DemoSourcePlanned(source(a), title(a), kind(a.getKind()), a.getStartsAt().toLocalDate(),
                responsibleStaffId, responsibleName, heldOn);
    }

    private static Long responsible(Activity a) {
        return a.presenters().stream().map(Presenter::getStaffId).filter(id -> id != null).findFirst().orElse(null);
    }

    static PlanItemKind kind(ActivityKind kind) {
        return switch (kind) {
            case MASTER_CLASS -> PlanItemKind.MASTER_CLASS;
            case SEMINAR -> PlanItemKind.SEMINAR;
            case OPEN_LESSON -> PlanItemKind.OPEN_LESSON;
            case LESSON_STUDY_LESSON -> PlanItemKind.LESSON_STUDY;
            case PEDAGOGICAL_COUNCIL -> PlanItemKind.PEDAGOGICAL_COUNCIL;
            case CONFERENCE, ROUND_TABLE -> PlanItemKind.OTHER;
        };
    }

    private static PlanSource source(Activity a) {
        return new PlanSource(Activities.SOURCE_KIND, a.getId());
    }

    private static String title(Activity a) {
        String title = a.bothTitles();
        return title.length() <= TITLE ? title : title.substring(0, TITLE - 1) + "…";
    }
}
