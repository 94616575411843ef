package kz.rudny.cabinet.domain.figures.boundary;

import java.time.LocalDate;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;

/**
 * A teacher on the attestation schedule of an academic year, with the few things the department's schedule shows:
 * the name and position, the current category (null: none), the day the attestation falls due (the current
 * category holds until then), the category aimed at (null: none said), and whether that day has passed.
 */
public record ScheduledAttestation(String teacher, String jobTitle, QualificationCategory category, LocalDate dueOn,
                                   QualificationCategory target, boolean overdue) {
}
