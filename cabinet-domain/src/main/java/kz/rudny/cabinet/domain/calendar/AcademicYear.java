package kz.rudny.cabinet.domain.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/** An academic year, named by the calendar year in which it starts: 2026 is 1 Sep 2026 to 31 Aug 2027. */
public record AcademicYear(int startYear) implements Serializable, Comparable<AcademicYear> {

    public AcademicYear {
        if (startYear < 1990 || startYear > 2200) {
            throw new IllegalArgumentException("Implausible academic year " + startYear);
        }
    }

    public static AcademicYear of(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Parses the usual "2026-2027" or "2026/2027" label. */
    public static AcademicYear parse(String label) {
        String[] parts = label.strip().split("[-/–]");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not an academic year: " + label);
        }
        int start = Integer.parseInt(parts[0].strip());
        int end = Integer.parseInt(parts[1].strip());
        if (end != start + 1) {
            throw new IllegalArgumentException("An academic year spans two consecutive years: " + label);
        }
        return new AcademicYear(start);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public Quarter quarterOf(LocalDate date) {
        if (!contains(date)) {
            throw new IllegalArgumentException(date + " is not in " + this);
        }
        return Quarter.of(date.getMonth());
    }

    public LocalDate firstDayOf(Quarter quarter) {
        int year = quarter == Quarter.FIRST || quarter == Quarter.SECOND ? startYear : startYear + 1;
        return LocalDate.of(year, quarter.firstMonth(), 1);
    }

    public LocalDate lastDayOf(Quarter quarter) {
        int year = quarter == Quarter.FIRST || quarter == Quarter.SECOND ? startYear : startYear + 1;
        return YearMonth.of(year, quarter.lastMonth()).atEndOfMonth();
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
