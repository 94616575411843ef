package kz.rudny.cabinet.reporting.figures.boundary;

import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;

/**
 * One school's figures over time: those counted per quarter, one value per quarter of every academic year kept (in
 * {@code quarters}' order); the standing ones as counted for each year (in {@code years}' order).
 */
public record SchoolTrend(long schoolId, String schoolName, List<Period> quarters, List<Line> perQuarter,
                          List<Integer> years, List<Line> standing) implements Serializable {

    /** A quarter of an academic year (its first calendar year). */
    public record Period(int academicYear, Quarter quarter) implements Serializable {
    }

    /** An indicator (and key) with its values in the order of the periods. */
    public record Line(Indicator indicator, String key, List<Long> values) implements Serializable {
    }
}
