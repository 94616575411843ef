package kz.rudny.cabinet.domain.figures.boundary;

import kz.rudny.cabinet.domain.calendar.Quarter;

/**
 * One count of a school: the indicator, its key where it is split ("" where not), the quarter of the academic year
 * it counts (null for a standing figure, never null for one counted per quarter) and the value.
 */
public record SchoolFigure(Indicator indicator, String key, Quarter quarter, long value) {

    public SchoolFigure {
        if (indicator.perQuarter() == (quarter == null)) {
            throw new IllegalArgumentException(indicator + (indicator.perQuarter() ? " is counted per quarter"
                    : " is a standing figure, without a quarter"));
        }
    }

    /** A standing figure, not split by a key. */
    public static SchoolFigure of(Indicator indicator, long value) {
        return new SchoolFigure(indicator, "", null, value);
    }

    /** A standing figure under a key. */
    public static SchoolFigure of(Indicator indicator, String key, long value) {
        return new SchoolFigure(indicator, key, null, value);
    }

    /** A figure of one quarter, not split by a key. */
    public static SchoolFigure in(Quarter quarter, Indicator indicator, long value) {
        return new SchoolFigure(indicator, "", quarter, value);
    }

    /** A figure of one quarter under a key. */
    public static SchoolFigure in(Quarter quarter, Indicator indicator, String key, long value) {
        return new SchoolFigure(indicator, key, quarter, value);
    }
}
