package kz.rudny.cabinet.web.reporting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;

/** The parts of the dashboard (texts {@code dashboard.section.<NAME>}), each a table of its indicators' lines. */
public enum FigureSection {
    STAFF,
    MENTORING,
    METHODICAL_WORK,
    EXCHANGE;

    /** A part with its lines, in the dashboard's order. */
    public record Part<T>(FigureSection section, List<T> lines) implements Serializable {
    }

    public static FigureSection of(Indicator indicator) {
        return switch (indicator) {
            case YOUNG_WITH_MENTOR, YOUNG_WITHOUT_MENTOR, MENTOR_REPORTS_SIGNED -> MENTORING;
            case MEETINGS_HELD, MEETINGS_PLANNED, PLAN_ITEMS_DUE, PLAN_ITEMS_HELD, EVENTS_HELD, EVENTS_BY_LEVEL,
                 OPEN_LESSONS -> METHODICAL_WORK;
            case MATERIALS_PUBLISHED, MATERIALS_SHARED, MATERIALS_FEATURED, SHARE_DOWNLOADS_RECEIVED,
                 SHARE_DOWNLOADS_MADE, SHARE_RATINGS_RECEIVED, SHARE_RATINGS_HIGH, GUESTS_RECEIVED, GUESTS_SENT ->
                    EXCHANGE;
            default -> STAFF; // the teachers: categories, attestation, courses, and the staff record's bands
        };
    }

    /** The lines split into the parts that have any, keeping their order within each. */
    public static <T> List<Part<T>> split(List<T> lines, Function<T, Indicator> indicator) {
        Map<FigureSection, List<T>> bySection = new EnumMap<>(FigureSection.class);
        for (T line : lines) {
            bySection.computeIfAbsent(of(indicator.apply(line)), s -> new ArrayList<>()).add(line);
        }
        List<Part<T>> parts = new ArrayList<>();
        bySection.forEach((section, sectionLines) -> parts.add(new Part<>(section, List.copyOf(sectionLines))));
        return parts;
    }
}
