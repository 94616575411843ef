package kz.rudny.cabinet.domain.figures.boundary;

/** One count of a school: the indicator, its key where it is split ("" where not), the value. */
public record SchoolFigure(Indicator indicator, String key, long value) {

    public static SchoolFigure of(Indicator indicator, long value) {
        return new SchoolFigure(indicator, "", value);
    }
}
