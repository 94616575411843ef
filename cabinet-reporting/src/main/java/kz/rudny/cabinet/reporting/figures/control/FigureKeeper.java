package kz.rudny.cabinet.reporting.figures.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.figures.boundary.Indicator;
import kz.rudny.cabinet.domain.figures.boundary.AttestationScheduleSource;
import kz.rudny.cabinet.domain.figures.boundary.ScheduledAttestation;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigure;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFigureSource;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.reporting.figures.entity.AttestationRow;
import kz.rudny.cabinet.reporting.figures.entity.FigureRow;

/**
 * Keeps the read model: a school's figures of an academic year are counted again by every module's
 * {@link SchoolFigureSource} with that school set in the tenancy (never across schools) and replace the school's rows
 * of that year, with the teachers on its attestation schedule ({@link AttestationScheduleSource}), in a transaction
 * of its own. The same for a fact that just committed and for a rebuild.
 */
@ApplicationScoped
public class FigureKeeper {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    @Any
    Instance<SchoolFigureSource> sources;

    @Inject
    @Any
    Instance<AttestationScheduleSource> schedules;

    @Inject
    Tenancy tenancy;

    @Inject
    Settings settings;

    /** Counts the school's figures of the year again and replaces its rows; answers how many rows it keeps. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int refresh(long schoolId, AcademicYear year) {
        LocalDate today = LocalDate.now(settings.timeZone());
        Map<String, SchoolFigure> figures = new LinkedHashMap<>();
        List<ScheduledAttestation> schedule = new ArrayList<>();
        tenancy.asSchool(schoolId, () -> {
            for (AttestationScheduleSource source : schedules) {
                schedule.addAll(source.scheduleOf(year, today));
            }
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
        em.createQuery("DELETE FROM AttestationRow r WHERE r.schoolId = :s AND r.academicYear = :y")
                .setParameter("s", schoolId).setParameter("y", year.startYear()).executeUpdate();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (SchoolFigure f : figures.values()) {
            em.persist(new FigureRow(schoolId, year.startYear(), f.indicator(), f.key(), f.quarter(), f.value(), now));
        }
        for (int i = 0; i < schedule.size(); i++) {
            em.persist(new AttestationRow(schoolId, year.startYear(), i + 1, schedule.get(i), now));
        }
        em.flush();
        return figures.size();
    }

    /**
     * Every school's figures of the year, summed in the database per school, indicator and key: for a figure counted
     * per quarter the quarter's (or, when {@code quarter} is null, the whole year's), a standing figure as kept.
     */
    public List<Sum> sums(AcademicYear year, Quarter quarter) {
        return em.createQuery("SELECT r.schoolId, r.indicator, r.key, SUM(r.value) FROM FigureRow r"
                        + " WHERE r.academicYear = :y AND (r.quarter = 0 OR :q = 0 OR r.quarter = :q)"
                        + " GROUP BY r.schoolId, r.indicator, r.key", Object[].class)
                .setParameter("y", year.startYear()).setParameter("q", quarter == null ? 0 : quarter.number())
                .getResultStream().map(row -> new Sum(((Number) row[0]).longValue(), (Indicator) row[1],
                        (String) row[2], ((Number) row[3]).longValue())).toList();
    }

    /** A school's sum of one indicator (and key). */
    public record Sum(long schoolId, Indicator indicator, String key, long value) {
    }

    /** The teachers on the attestation schedule of the year: every school's, or one school's (by id). */
    public List<AttestationRow> schedule(AcademicYear year, Long schoolId) {
        TypedQuery<AttestationRow> query = em.createQuery("SELECT r FROM AttestationRow r WHERE r.academicYear = :y"
                + (schoolId == null ? "" : " AND r.schoolId = :s") + " ORDER BY r.schoolId, r.line", AttestationRow.class)
                .setParameter("y", year.startYear());
        return (schoolId == null ? query : query.setParameter("s", schoolId)).getResultList();
    }

    /** One school's rows of every year kept, oldest first. */
    public List<FigureRow> rowsOf(long schoolId) {
        return em.createQuery("SELECT r FROM FigureRow r WHERE r.schoolId = :s ORDER BY r.academicYear, r.indicator,"
                + " r.key", FigureRow.class).setParameter("s", schoolId).getResultList();
    }
}
