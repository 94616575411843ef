package kz.rudny.cabinet.domain.figures.boundary;

import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;

/**
 * Implemented (as a CDI bean) by the feature that keeps the teachers' attestations: the current school's teachers
 * (set by the caller through the tenant filter, never switched off) whose attestation falls due in the academic
 * year or is overdue, as they stand on the given day. Reporting keeps them beside the figures, school by school, for
 * the department's attestation schedule.
 */
public interface AttestationScheduleSource {

    List<ScheduledAttestation> scheduleOf(AcademicYear year, LocalDate today);
}
