package kz.rudny.cabinet.web.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.web.support.Texts;

/**
 * What a dashboard page shows: an academic year (this one or the last, the two the read model keeps counted) and one
 * of its quarters, or the whole year (quarter 0).
 */
public final class DashboardPeriod implements Serializable {

    private final LocalDate today;
    private int year;
    private int quarter;

    public DashboardPeriod(LocalDate today) {
        this.today = today;
        this.year = AcademicYear.of(today).startYear();
    }

    /** This academic year and the last, as schools write them ("2026-2027"). */
    public List<AcademicYear> getYears() {
        AcademicYear now = AcademicYear.of(today);
        return List.of(now, now.previous());
    }

    /** The whole year (0), then the four quarters (1-4). */
    public List<Integer> getQuarters() {
        return List.of(0, 1, 2, 3, 4);
    }

    /** The whole year, or "I четверть" ... */
    public String label(int quarterNumber) {
        return quarterNumber == 0 ? Texts.ui("dashboard.wholeYear")
                : Texts.ui("plan.quarter." + Quarter.values()[quarterNumber - 1].name());
    }

    public Quarter chosenQuarter() {
        return quarter == 0 ? null : Quarter.values()[quarter - 1];
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter < 0 || quarter > 4 ? 0 : quarter;
    }
}
