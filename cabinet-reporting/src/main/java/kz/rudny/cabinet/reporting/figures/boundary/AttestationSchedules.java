package kz.rudny.cabinet.reporting.figures.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.figures.boundary.ScheduledAttestation;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.reporting.figures.control.FigureKeeper;
import kz.rudny.cabinet.reporting.figures.entity.AttestationRow;

/**
 * The teachers on the attestation schedule of an academic year (due in it or overdue), from the read model kept
 * with the figures: every school's for the district's people, the own school's only for a school's methodologist.
 */
@ApplicationScoped
@Transactional
public class AttestationSchedules {

    @Inject
    FigureKeeper keeper;

    @Inject
    CurrentCaller caller;

    /** Every school's schedule by the school's id, the overdue first, then by due day. */
    @Allowed({Role.DISTRICT_METHODOLOGIST, Role.DISTRICT_ADMINISTRATOR})
    public Map<Long, List<ScheduledAttestation>> district(int academicYear) {
        Map<Long, List<ScheduledAttestation>> bySchool = new LinkedHashMap<>();
        for (AttestationRow row : keeper.schedule(new AcademicYear(academicYear), null)) {
            bySchool.computeIfAbsent(row.getSchoolId(), k -> new ArrayList<>()).add(row.attestation());
        }
        bySchool.replaceAll((school, list) -> List.copyOf(list));
        return bySchool;
    }

    /** The caller's school's schedule. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public List<ScheduledAttestation> mine(int academicYear) {
        return keeper.schedule(new AcademicYear(academicYear), caller.schoolId().orElseThrow()).stream()
                .map(AttestationRow::attestation).toList();
    }
}
