package kz.rudny.cabinet.reporting.figures.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.school.boundary.SchoolSummary;
import kz.rudny.cabinet.domain.school.boundary.Schools;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.reporting.figures.control.FigureKeeper;
import kz.rudny.cabinet.reporting.figures.entity.FigureRow;

/**
 * The dashboard's figures, read from the read model only (never from a school's tables): for the district's people
 * every school side by side with the total and the average; for a school's methodologist the own school's figures
 * with the district's average per school beside them, never another school's figure or name. The district
 * administrator counts everything again (the rebuild), which gives the same figures the facts keep.
 */
@ApplicationScoped
@Transactional
public class Dashboard {

    /** The lines in the indicators' order, then by key: the categories from педагог-стажер up, other keys by name. */
    private static final Comparator<String> BY_LINE = Comparator.comparing(Dashboard::indicator)
            .thenComparingInt(Dashboard::categoryOrder).thenComparing(Dashboard::key);

    @Inject
    FigureKeeper keeper;

    @Inject
    Schools schools;

    @Inject
    CurrentCaller caller;

    /** Every school of the district side by side for the academic year (its first calendar year). */
    @Allowed({Role.DISTRICT_METHODOLOGIST, Role.DISTRICT_ADMINISTRATOR})
    public DistrictFigures district(int academicYear) {
        List<SchoolSummary> all = schools.summaries().stream()
                .sorted(Comparator.comparing(SchoolSummary::name)).toList();
        Map<String, Map<Long, Long>> byLine = byLine(keeper.rows(new AcademicYear(academicYear)));
        List<FigureLine> lines = new ArrayList<>();
        byLine.keySet().stream().sorted(BY_LINE).forEach(line -> {
            List<Long> values = all.stream().map(s -> byLine.get(line).getOrDefault(s.id(), 0L)).toList();
            long total = values.stream().mapToLong(Long::longValue).sum();
            lines.add(new FigureLine(indicator(line), key(line), values, total,
                    all.isEmpty() ? 0 : (double) total / all.size()));
        });
        return new DistrictFigures(academicYear, all.stream()
                .map(s -> new DistrictFigures.SchoolColumn(s.id(), s.name())).toList(), lines);
    }

    /** The caller's school for the academic year, with the district's average per school beside each figure. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public OwnFigures mine(int academicYear) {
        long own = caller.schoolId().orElseThrow();
        List<FigureRow> rows = keeper.rows(new AcademicYear(academicYear));
        int schoolCount = Math.max(1, new TreeSet<>(rows.stream().map(FigureRow::getSchoolId).toList()).size());
        Map<String, Map<Long, Long>> byLine = byLine(rows);
        List<OwnFigures.Line> lines = new ArrayList<>();
        byLine.keySet().stream().sorted(BY_LINE).forEach(line -> {
            long total = byLine.get(line).values().stream().mapToLong(Long::longValue).sum();
            lines.add(new OwnFigures.Line(indicator(line), key(line), byLine.get(line).getOrDefault(own, 0L),
                    (double) total / schoolCount));
        });
        return new OwnFigures(academicYear, lines);
    }

    /** Counts every school's figures of the academic year again; answers the rows kept. */
    @Allowed(Role.DISTRICT_ADMINISTRATOR)
    public int rebuild(int academicYear) {
        int rows = 0;
        for (SchoolSummary s : schools.summaries()) {
            rows += keeper.refresh(s.id(), new AcademicYear(academicYear));
        }
        return rows;
    }

    private static Map<String, Map<Long, Long>> byLine(List<FigureRow> rows) {
        Map<String, Map<Long, Long>> byLine = new LinkedHashMap<>();
        for (FigureRow r : rows) {
            byLine.computeIfAbsent(r.getIndicator().name() + "/" + r.getKey(), k -> new TreeMap<>())
                    .merge(r.getSchoolId(), r.getValue(), Long::sum);
        }
        return byLine;
    }

    private static int categoryOrder(String line) {
        String key = key(line);
        return Arrays.stream(QualificationCategory.values()).filter(c -> c.name().equals(key))
                .mapToInt(Enum::ordinal).findFirst().orElse(Integer.MAX_VALUE);
    }

    private static Indicator indicator(String line) {
        return Indicator.valueOf(line.substring(0, line.indexOf('/')));
    }

    private static String key(String line) {
        return line.substring(line.indexOf('/') + 1);
    }
}
