package kz.rudny.cabinet.mentoring.courses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The course rule's setting (README, Configuration): every how many years a teacher takes courses. */
@ApplicationScoped
public class CourseSettings {

    public static final String PERIOD_YEARS = "cabinet.courses.period-years";

    @Inject
    @ConfigProperty(name = PERIOD_YEARS, defaultValue = "3")
    int periodYears;

    public int periodYears() {
        return Math.max(1, periodYears);
    }
}
