package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.boundary.ShareState;

/**
 * The school's materials of an academic year: published in the school, and of those shared to the district (or
 * featured there), by the day of publication. Read through the school's tenant filter.
 */
@ApplicationScoped
public class MaterialFigures implements SchoolFigureSource {

    @Inject
    Shelf shelf;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        List<Object[]> rows = shelf.data().createQuery("SELECT m.shareState, COUNT(m) FROM Material m"
                        + " WHERE m.status = :published AND m.publishedAt >= :start AND m.publishedAt < :end"
                        + " GROUP BY m.shareState", Object[].class)
                .setParameter("published", MaterialStatus.PUBLISHED)
                .setParameter("start", year.firstDay().atStartOfDay())
                .setParameter("end", year.lastDay().plusDays(1).atStartOfDay()).getResultList();
        long published = 0;
        long shared = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            published += n;
            shared += row[0] == ShareState.SHARED || row[0] == ShareState.FEATURED ? n : 0;
        }
        return List.of(SchoolFigure.of(Indicator.MATERIALS_PUBLISHED, published),
                SchoolFigure.of(Indicator.MATERIALS_SHARED, shared));
    }
}
