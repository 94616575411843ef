package kz.rudny.cabinet.domain.platform.boundary;

import java.time.LocalDate;

/**
 * Work a feature does for every school now and then, with no one signed in (reminders of deadlines, courses,
 * attestations). Implemented as a CDI bean; the platform's one runner ({@code SchoolRoutines}) calls it at start and
 * then every {@link #everyMinutes()} minutes, once per school with that school set in the tenancy, each school apart
 * (one failing is logged and tried again next time, the others go on). The work opens its own transaction.
 */
public interface SchoolRoutine {

    /** How often it runs, in minutes. */
    long everyMinutes();

    /** Does the work for the current school, on the given day (the cabinet's time zone). */
    void runForCurrentSchool(LocalDate today);
}
