package kz.rudny.cabinet.reporting.figures.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.boundary.SchoolCreated;

/**
 * At start (after the migrations and the demo data) every school's figures of this academic year and the last one
 * are counted again, so the read model never starts behind the modules' records; a new school gets its rows too.
 */
@ApplicationScoped
public class StartRebuild {

    private static final Logger LOG = Logger.getLogger(StartRebuild.class.getName());

    @Inject
    FigureKeeper keeper;

    @Inject
    Settings settings;

    void started(@Observes PlatformStarted started) {
        AcademicYear year = AcademicYear.of(LocalDate.now(settings.timeZone()));
        for (long school : started.schoolIds()) {
            count(school, year.previous());
            count(school, year);
        }
    }

    /** Once the new school is committed (counting it inside the creating transaction would wait on its own rows). */
    void schoolCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) SchoolCreated created) {
        count(created.schoolId(), AcademicYear.of(LocalDate.now(settings.timeZone())));
    }

    private void count(long school, AcademicYear year) {
        try {
            keeper.refresh(school, year);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The figures of school " + school + " for " + year + " were not counted", e);
        }
    }
}
