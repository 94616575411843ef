package kz.rudny.cabinet.reporting.figures.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;
import kz.rudny.cabinet.domain.platform.boundary.Settings;

/**
 * A module's fact (a material published, a course confirmed ...) committed: the school's figures of this academic
 * year, and of the years the fact names (a meeting of last May held now), are counted again, so the dashboard is right as soon as the change is. A failure is logged and leaves the
 * rows as they were until the next fact or the rebuild; it never undoes the module's change.
 */
@ApplicationScoped
public class FactListener {

    private static final Logger LOG = Logger.getLogger(FactListener.class.getName());

    @Inject
    FigureKeeper keeper;

    @Inject
    Settings settings;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SchoolFiguresChanged fact) {
        try {
            AcademicYear current = AcademicYear.of(LocalDate.now(settings.timeZone()));
            Set<AcademicYear> years = new TreeSet<>(fact.years());
            years.removeIf(year -> year.compareTo(current) > 0); // a year not begun is counted when it begins
            years.add(current);
            years.forEach(year -> keeper.refresh(fact.schoolId(), year));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The figures of school " + fact.schoolId() + " were not counted after "
                    + fact.getClass().getSimpleName(), e);
        }
    }
}
