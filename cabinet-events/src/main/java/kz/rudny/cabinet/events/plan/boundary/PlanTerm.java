package kz.rudny.cabinet.events.plan.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;

/**
 * When a plan item is due: one month, or one quarter, of the plan's academic year. Its code is what forms and
 * the database keep: {@code "Q1"}…{@code "Q4"} for a quarter, {@code "2026-11"} for a month. A term begins on
 * its first day and ends on its last (31 October for {@code Q1}, 31 August for {@code Q4}: the quarters of
 * {@link Quarter} are contiguous).
 */
public record PlanTerm(AcademicYear year, Quarter quarterTerm, YearMonth month) implements Serializable,
        Comparable<PlanTerm> {

    private static final Pattern QUARTER = Pattern.compile("Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public PlanTerm {
        if (year == null || (quarterTerm == null) == (month == null)) {
            throw new IllegalArgumentException("A term is a month or a quarter of a year");
        }
        if (month != null && !year.contains(month.atDay(1))) {
            throw new IllegalArgumentException(month + " is not in " + year);
        }
    }

    public static PlanTerm quarter(AcademicYear year, Quarter quarter) {
        return new PlanTerm(year, quarter, null);
    }

    public static PlanTerm month(AcademicYear year, YearMonth month) {
        return new PlanTerm(year, null, month);
    }

    /** The month of the date, in the academic year the date belongs to. */
    public static PlanTerm monthOf(LocalDate date) {
        return month(AcademicYear.of(date), YearMonth.from(date));
    }

    /**
     * The term a code names in the year; empty when the code is no term at all or a month outside the year (a
     * form tells the two apart with {@link #isMonthCode}).
     */
    public static Optional<PlanTerm> parse(AcademicYear year, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        Matcher q = QUARTER.matcher(c);
        if (q.matches()) {
            return Optional.of(quarter(year, Quarter.values()[Integer.parseInt(q.group(1)) - 1]));
        }
        Matcher m = MONTH.matcher(c);
        if (m.matches()) {
            int monthNumber = Integer.parseInt(m.group(2));
            if (monthNumber >= 1 && monthNumber <= 12) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), monthNumber);
                if (year.contains(month.atDay(1))) {
                    return Optional.of(month(year, month));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the code has the form of a month ({@code yyyy-MM}), whatever the year. */
    public static boolean isMonthCode(String code) {
        return code != null && MONTH.matcher(code.strip()).matches();
    }

    /** The terms a form offers for the year: September to August, then the four quarters. */
    public static List<PlanTerm> choices(AcademicYear year) {
        List<PlanTerm> terms = new ArrayList<>();
        YearMonth first = YearMonth.from(year.firstDay());
        for (int i = 0; i < 12; i++) {
            terms.add(month(year, first.plusMonths(i)));
        }
        for (Quarter q : Quarter.values()) {
            terms.add(quarter(year, q));
        }
        return terms;
    }

    public String code() {
        return month != null ? month.toString() : "Q" + quarterTerm.number();
    }

    public boolean isQuarter() {
        return quarterTerm != null;
    }

    /** The quarter the term lies in (a month's quarter, or the quarter itself). */
    public Quarter quarter() {
        return quarterTerm != null ? quarterTerm : year.quarterOf(month.atDay(1));
    }

    public LocalDate start() {
        return month != null ? month.atDay(1) : year.firstDayOf(quarterTerm);
    }

    public LocalDate end() {
        return month != null ? month.atEndOfMonth() : year.lastDayOf(quarterTerm);
    }

    /** Begun on or before the day (its first day is not after it). */
    public boolean hasBegunBy(LocalDate day) {
        return !start().isAfter(day);
    }

    /** Ended before the day (its last day is before it). */
    public boolean hasEndedBefore(LocalDate day) {
        return end().isBefore(day);
    }

    /** The same month or quarter a year later (for the next year's plan). */
    public PlanTerm nextYear() {
        return month != null ? month(year.next(), month.plusYears(1)) : quarter(year.next(), quarterTerm);
    }

    /** Ordered by first day, a month before the quarter it opens. */
    @Override
    public int compareTo(PlanTerm other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : end().compareTo(other.end());
    }
}
