package kz.rudny.cabinet.web.selfeducation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.SelfEducation;

/**
 * The academic years a topic may take, labelled as schools write them ("2026-2027"): it starts last academic year,
 * this one or the next, and runs at most {@link SelfEducation#MAX_YEARS} years.
 */
public final class AcademicYearChoices implements Serializable {

    /** One academic year: its first calendar year and its label. */
    public record Choice(int startYear, String label) implements Serializable {
    }

    private final List<Choice> firstYears;
    private final List<Choice> lastYears;

    public AcademicYearChoices(LocalDate today) {
        int thisYear = AcademicYear.of(today).startYear();
        firstYears = range(thisYear - 1, thisYear + 1);
        lastYears = range(thisYear - 1, thisYear + SelfEducation.MAX_YEARS);
    }

    private AcademicYearChoices(List<Choice> firstYears, List<Choice> lastYears) {
        this.firstYears = firstYears;
        this.lastYears = lastYears;
    }

    /** These, and an existing topic's own years (a topic begun earlier keeps its first year when changed). */
    public AcademicYearChoices keeping(int fromYear, int toYear) {
        int first = Math.min(fromYear, firstYears.get(0).startYear());
        int lastFirst = firstYears.get(firstYears.size() - 1).startYear();
        int lastLast = Math.max(toYear, lastYears.get(lastYears.size() - 1).startYear());
        return new AcademicYearChoices(range(first, lastFirst), range(first, lastLast));
    }

    private static List<Choice> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(y -> new Choice(y, y + "-" + (y + 1))).toList();
    }

    public List<Choice> getFirstYears() {
        return firstYears;
    }

    public List<Choice> getLastYears() {
        return lastYears;
    }
}
