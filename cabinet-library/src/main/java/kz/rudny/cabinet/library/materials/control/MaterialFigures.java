package kz.rudny.cabinet.library.materials.control;

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
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;

/**
 * The school's materials published (and still published) in an academic year, by the quarter of publication. Read
 * through the school's tenant filter; what the school shares is counted by the exchange.
 */
@ApplicationScoped
public class MaterialFigures implements SchoolFigureSource {

    @Inject
    Shelf shelf;

    @Override
    public List<SchoolFigure> figuresOf(AcademicYear year, LocalDate today) {
        FigureTally tally = new FigureTally(year, Indicator.MATERIALS_PUBLISHED);
        shelf.data().createQuery("SELECT m.publishedAt FROM Material m WHERE m.status = :published"
                        + " AND m.publishedAt >= :start AND m.publishedAt < :end", LocalDateTime.class)
                .setParameter("published", MaterialStatus.PUBLISHED)
                .setParameter("start", year.firstDay().atStartOfDay())
                .setParameter("end", year.lastDay().plusDays(1).atStartOfDay()).getResultStream()
                .forEach(at -> tally.count(Indicator.MATERIALS_PUBLISHED, at.toLocalDate()));
        return tally.figures();
    }
}
