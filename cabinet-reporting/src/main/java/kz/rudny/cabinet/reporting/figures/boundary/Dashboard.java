package kz.rudny.cabinet.reporting.figures.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.people.boundary.AgeBand;
import kz.rudny.cabinet.domain.people.boundary.EducationLevel;
import kz.rudny.cabinet.domain.people.boundary.ExperienceBand;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
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
 * with the district's average per school beside them, never another school's figure or name. A quarter narrows the
 * figures counted per quarter to it (the standing ones are as they stand); a school's trend shows every quarter
 * begun and every year kept. The district administrator counts everything again (the rebuild), which gives the same
 * figures the facts keep.
 */
@ApplicationScoped
@Transactional
public class Dashboard {

    /**
     * The lines in the indicators' order, then by key: the categories from педагог-стажер up, the staff record's bands
     * from the lowest, then other keys by name ("not known" last).
     */
    private static final Comparator<String> BY_LINE = Comparator.comparing(Dashboard::indicator)
            .thenComparingInt(Dashboard::keyOrder).thenComparing(Dashboard::key);

    @Inject
    FigureKeeper keeper;

    @Inject
    Schools schools;

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    /** Every school of the district side by side for the academic year (its first calendar year), the whole year. */
    @Allowed({Role.DISTRICT_METHODOLOGIST, Role.DISTRICT_ADMINISTRATOR})
    public DistrictFigures district(int academicYear) {
        return district(academicYear, null);
    }

    /** Every school side by side for the academic year, one quarter of it (or the whole year when null). */
    @Allowed({Role.DISTRICT_METHODOLOGIST, Role.DISTRICT_ADMINISTRATOR})
    public DistrictFigures district(int academicYear, Quarter quarter) {
        List<SchoolSummary> all = schools.summaries().stream()
                .sorted(Comparator.comparing(SchoolSummary::name)).toList();
        Map<String, Map<Long, Long>> byLine = byLine(keeper.sums(new AcademicYear(academicYear), quarter));
        List<FigureLine> lines = new ArrayList<>();
        byLine.keySet().stream().sorted(BY_LINE).forEach(line -> {
            List<Long> values = all.stream().map(s -> byLine.get(line).getOrDefault(s.id(), 0L)).toList();
            long total = values.stream().mapToLong(Long::longValue).sum();
            lines.add(new FigureLine(indicator(line), key(line), values, total,
                    all.isEmpty() ? 0 : (double) total / all.size()));
        });
        return new DistrictFigures(academicYear, quarter, all.stream()
                .map(s -> new DistrictFigures.SchoolColumn(s.id(), s.name())).toList(), lines);
    }

    /** The caller's school for the whole academic year, with the district's average per school beside each figure. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public OwnFigures mine(int academicYear) {
        return mine(academicYear, null);
    }

    /** The caller's school for a quarter of the academic year (the whole year when null), with the district average. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public OwnFigures mine(int academicYear, Quarter quarter) {
        long own = caller.schoolId().orElseThrow();
        List<FigureKeeper.Sum> sums = keeper.sums(new AcademicYear(academicYear), quarter);
        int schoolCount = Math.max(1, new TreeSet<>(sums.stream().map(FigureKeeper.Sum::schoolId).toList()).size());
        Map<String, Map<Long, Long>> byLine = byLine(sums);
        List<OwnFigures.Line> lines = new ArrayList<>();
        byLine.keySet().stream().sorted(BY_LINE).forEach(line -> {
            long total = byLine.get(line).values().stream().mapToLong(Long::longValue).sum();
            lines.add(new OwnFigures.Line(indicator(line), key(line), byLine.get(line).getOrDefault(own, 0L),
                    (double) total / schoolCount));
        });
        return new OwnFigures(academicYear, quarter, lines);
    }

    /** One school's figures over every quarter and year kept (a district person's click on a school's figure). */
    @Allowed({Role.DISTRICT_METHODOLOGIST, Role.DISTRICT_ADMINISTRATOR})
    public SchoolTrend trend(long schoolId) {
        SchoolSummary school = schools.summaries().stream().filter(s -> s.id() == schoolId).findFirst()
                .orElseThrow(() -> new NotFoundException("School", schoolId));
        return trendOf(school.id(), school.name());
    }

    /** The caller's own school over every quarter and year kept. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public SchoolTrend myTrend() {
        return trendOf(caller.schoolId().orElseThrow(), profile.schoolName().orElse(""));
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

    private SchoolTrend trendOf(long schoolId, String name) {
        List<FigureRow> rows = keeper.rowsOf(schoolId);
        List<Integer> years = new TreeSet<>(rows.stream().map(FigureRow::getAcademicYear).toList()).stream().toList();
        LocalDate today = LocalDate.now(settings.timeZone());
        List<SchoolTrend.Period> quarters = new ArrayList<>();
        for (int year : years) {
            for (Quarter q : Quarter.values()) {
                if (!new AcademicYear(year).firstDayOf(q).isAfter(today)) { // a quarter not begun has no figures yet
                    quarters.add(new SchoolTrend.Period(year, q));
                }
            }
        }
        Map<String, long[]> perQuarter = new TreeMap<>(BY_LINE);
        Map<String, long[]> standing = new TreeMap<>(BY_LINE);
        for (FigureRow r : rows) {
            String line = r.getIndicator().name() + "/" + r.getKey();
            if (r.getIndicator().perQuarter()) {
                int at = quarters.indexOf(new SchoolTrend.Period(r.getAcademicYear(), r.getQuarter()));
                if (at >= 0) {
                    perQuarter.computeIfAbsent(line, k -> new long[quarters.size()])[at] += r.getValue();
                }
            } else {
                standing.computeIfAbsent(line, k -> new long[years.size()])[years.indexOf(r.getAcademicYear())]
                        += r.getValue();
            }
        }
        return new SchoolTrend(schoolId, name, quarters, trendLines(perQuarter), years, trendLines(standing));
    }

    private static List<SchoolTrend.Line> trendLines(Map<String, long[]> byLine) {
        List<SchoolTrend.Line> lines = new ArrayList<>();
        byLine.forEach((line, values) -> lines.add(new SchoolTrend.Line(indicator(line), key(line),
                Arrays.stream(values).boxed().toList())));
        return lines;
    }

    /** Each line's values by school. */
    private static Map<String, Map<Long, Long>> byLine(List<FigureKeeper.Sum> sums) {
        Map<String, Map<Long, Long>> byLine = new LinkedHashMap<>();
        for (FigureKeeper.Sum sum : sums) {
            byLine.computeIfAbsent(sum.indicator().name() + "/" + sum.key(), k -> new TreeMap<>())
                    .merge(sum.schoolId(), sum.value(), Long::sum);
        }
        return byLine;
    }

    /** A key's place: the order of its values where the key is one of the staff record's (NONE last), else by name. */
    private static int keyOrder(String line) {
        String key = key(line);
        Enum<?>[] order = switch (indicator(line)) {
            case TEACHERS_BY_CATEGORY -> QualificationCategory.values();
            case TEACHERS_BY_EDUCATION -> EducationLevel.values();
            case TEACHERS_BY_EXPERIENCE -> ExperienceBand.values();
            case TEACHERS_BY_AGE -> AgeBand.values();
            default -> new Enum<?>[0];
        };
        return Arrays.stream(order).filter(c -> c.name().equals(key)).mapToInt(Enum::ordinal).findFirst()
                .orElse(Integer.MAX_VALUE);
    }

    private static Indicator indicator(String line) {
        return Indicator.valueOf(line.substring(0, line.indexOf('/')));
    }

    private static String key(String line) {
        return line.substring(line.indexOf('/') + 1);
    }
}
