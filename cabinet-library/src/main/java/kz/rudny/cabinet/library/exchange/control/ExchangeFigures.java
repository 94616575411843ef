package kz.rudny.cabinet.library.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.FigureTally;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.materials.boundary.ShareState;

/**
 * What a school gives to the district's exchange of best practice and takes from it, by quarter: its materials
 * shared (still shared or featured) by the day of sharing, featured by the day of featuring; downloads of its shares by
 * other schools and its people's downloads of other schools' shares; ratings its shares received from other schools
 * (and of those, four or five stars). Read from the district-level records, for the current school only.
 */
@ApplicationScoped
public class ExchangeFigures implements SchoolFigureSource {

    @Inject
    SharedShelf shared;

    @Inject
    Tenancy tenancy;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        long school = tenancy.currentSchool().orElseThrow();
        LocalDateTime start = year.firstDay().atStartOfDay();
        LocalDateTime end = year.lastDay().plusDays(1).atStartOfDay();
        FigureTally tally = new FigureTally(year, Indicator.MATERIALS_SHARED, Indicator.MATERIALS_FEATURED,
                Indicator.SHARE_DOWNLOADS_RECEIVED, Indicator.SHARE_DOWNLOADS_MADE, Indicator.SHARE_RATINGS_RECEIVED,
                Indicator.SHARE_RATINGS_HIGH);
        var data = shared.data();
        data.createQuery("SELECT s.state, s.sharedAt, s.featuredAt FROM DistrictShare s"
                        + " WHERE s.originSchoolId = :school AND s.state IN :live", Object[].class)
                .setParameter("school", school).setParameter("live", List.of(ShareState.SHARED, ShareState.FEATURED))
                .getResultStream().forEach(row -> {
                    tally.count(Indicator.MATERIALS_SHARED, day(row[1]));
                    if (row[0] == ShareState.FEATURED) {
                        tally.count(Indicator.MATERIALS_FEATURED, day(row[2]));
                    }
                });
        data.createQuery("SELECT d.downloadedAt FROM ShareDownload d WHERE d.originSchoolId = :school"
                        + " AND (d.downloaderSchoolId IS NULL OR d.downloaderSchoolId <> :school)"
                        + " AND d.downloadedAt >= :start AND d.downloadedAt < :end", LocalDateTime.class)
                .setParameter("school", school).setParameter("start", start).setParameter("end", end)
                .getResultStream().forEach(at -> tally.count(Indicator.SHARE_DOWNLOADS_RECEIVED, at.toLocalDate()));
        data.createQuery("SELECT d.downloadedAt FROM ShareDownload d WHERE d.downloaderSchoolId = :school"
                        + " AND d.originSchoolId <> :school AND d.downloadedAt >= :start AND d.downloadedAt < :end",
                        LocalDateTime.class)
                .setParameter("school", school).setParameter("start", start).setParameter("end", end)
                .getResultStream().forEach(at -> tally.count(Indicator.SHARE_DOWNLOADS_MADE, at.toLocalDate()));
        data.createQuery("SELECT r.stars, r.ratedAt FROM MaterialRating r WHERE r.materialSchoolId = :school"
                        + " AND r.raterSchoolId IS NOT NULL AND r.raterSchoolId <> :school"
                        + " AND r.ratedAt >= :start AND r.ratedAt < :end", Object[].class)
                .setParameter("school", school).setParameter("start", start).setParameter("end", end)
                .getResultStream().forEach(row -> {
                    LocalDate day = day(row[1]);
                    tally.count(Indicator.SHARE_RATINGS_RECEIVED, day);
                    if (((Number) row[0]).intValue() >= 4) {
                        tally.count(Indicator.SHARE_RATINGS_HIGH, day);
                    }
                });
        return tally.figures();
    }

    private static LocalDate day(Object at) {
        return at == null ? null : ((LocalDateTime) at).toLocalDate();
    }
}
