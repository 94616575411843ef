package kz.rudny.cabinet.reporting.figures.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.platform.boundary.SchoolRoutine;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/**
 * The standing figures move with the calendar alone (a teacher's attestation falls overdue overnight, a plan item's
 * term begins): every school's figures of the academic year are counted again every six hours, as well as after
 * each fact.
 */
@ApplicationScoped
public class DailyRecount implements SchoolRoutine {

    @Inject
    FigureKeeper keeper;

    @Inject
    Tenancy tenancy;

    @Override
    public long everyMinutes() {
        return 6 * 60;
    }

    @Override
    public void runForCurrentSchool(LocalDate today) {
        keeper.refresh(tenancy.currentSchool().orElseThrow(), AcademicYear.of(today));
    }
}
