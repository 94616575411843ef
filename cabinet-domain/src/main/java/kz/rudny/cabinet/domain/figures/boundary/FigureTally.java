package kz.rudny.cabinet.domain.figures.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;

/**
 * Counts a source's figures of one academic year per quarter as it reads its records: each record adds one to its
 * indicator (and key) in the quarter of its day; days outside the year are not counted. The indicators named when
 * the tally is made answer a zero for every quarter where nothing happened, so that the dashboard shows them.
 */
public final class FigureTally {

    private record Cell(Indicator indicator, String key, Quarter quarter) {
    }

    private final AcademicYear year;
    private final Map<Cell, Long> counts = new LinkedHashMap<>();

    public FigureTally(AcademicYear year, Indicator... alwaysShown) {
        this.year = year;
        for (Indicator indicator : alwaysShown) {
            for (Quarter q : Quarter.values()) {
                counts.put(new Cell(indicator, "", q), 0L);
            }
        }
    }

    /** One more of the indicator (not split by a key) on the day. */
    public FigureTally count(Indicator indicator, LocalDate day) {
        return count(indicator, "", day, 1);
    }

    /** {@code n} more of the indicator under the key on the day. */
    public FigureTally count(Indicator indicator, String key, LocalDate day, long n) {
        if (day != null && year.contains(day)) {
            counts.merge(new Cell(indicator, key, year.quarterOf(day)), n, Long::sum);
        }
        return this;
    }

    /** {@code n} more of the indicator in the quarter. */
    public FigureTally add(Indicator indicator, Quarter quarter, long n) {
        counts.merge(new Cell(indicator, "", quarter), n, Long::sum);
        return this;
    }

    public List<SchoolFigure> figures() {
        List<SchoolFigure> figures = new ArrayList<>();
        counts.forEach((cell, n) -> figures.add(new SchoolFigure(cell.indicator(), cell.key(), cell.quarter(), n)));
        return figures;
    }
}
