package kz.rudny.cabinet.reporting.figures.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.reporting.figures.entity.FigureRow;

/**
 * Keeps the read model: a school's figures of an academic year are counted again by every module's
 * {@link SchoolFigureSource} with that school set in the tenancy (never across schools) and replace the school's rows
 * of that year, in a transaction of its own. The same for a fact that just committed and for a rebuild.
 */
@ApplicationScoped
public class FigureKeeper {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    @Any
    Instance<SchoolFigureSource> sources;

    @Inject
    Tenancy tenancy;

    @Inject
    Settings settings;

    /** Counts the school's figures of the year again and replaces its rows; answers how many rows it keeps. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int refresh(long schoolId, AcademicYear year) {
        LocalDate today = LocalDate.now(settings.timeZone());
        Map<String, SchoolFigure> figures = new LinkedHashMap<>();
        tenancy.asSchool(schoolId, () -> {
            for (SchoolFigureSource source : sources) {
                for (SchoolFigure f : source.figuresOf(year, today)) {
                    figures.merge(f.indicator() + "/" + f.key() + "/" + f.quarter(), f, (a, b) ->
                            new SchoolFigure(a.indicator(), a.key(), a.quarter(), a.value() + b.value()));
                }
            }
            return null;
        });
        em.createQuery("DELETE FROM FigureRow r WHERE r.schoolId = :s AND r.academicYear = :y")
                .setParameter("s", schoolId).setParameter("y", year.startYear()).executeUpdate();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (SchoolFigure f : figures.values()) {
            em.persist(new FigureRow(schoolId, year.startYear(), f.indicator(), f.key(), f.quarter(), f.value(), now));
        }
        em.flush();
        return figures.size();
    }

    /** One school's rows of every year kept, oldest first. */
    public List<FigureRow> rowsOf(long schoolId) {
        return em.createQuery("SELECT r FROM FigureRow r WHERE r.schoolId = :s ORDER BY r.academicYear, r.indicator,"
                + " r.key", FigureRow.class).setParameter("s", schoolId).getResultList();
    }

    /** Every school's rows of the year. */
    public List<FigureRow> rows(AcademicYear year) {
        return em.createQuery("SELECT r FROM FigureRow r WHERE r.academicYear = :y ORDER BY r.schoolId, r.indicator,"
                + " r.key", FigureRow.class).setParameter("y", year.startYear()).getResultList();
    }
}
