package kz.rudny.cabinet.domain.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.people.entity.StaffMember;
import kz.rudny.cabinet.domain.school.entity.School;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/**
 * The teaching records of the current school's staff (mentoring: who is a young specialist, who may mentor, when
 * courses and attestation fall due). Read by signed-in school people and by the scheduled reminders, which run with
 * no one signed in for one school at a time ({@link Tenancy#asSchool}): hence {@link PermitAll}; the school is always
 * the tenant's, so nothing of another school is ever read, and a district person (no school) is refused by the
 * tenant filter. The records say no more than the school's staff list shows its teachers.
 */
@ApplicationScoped
@PermitAll
@Transactional
public class TeachingRecords {

    @Inject
    Tenancy tenancy;

    /**
     * The school's staff on the given day, by name, switched-off accounts too (marked): who is a young specialist
     * (derived from the day they started teaching, never a hand-set flag) and who is not.
     */
    public List<TeachingRecord> onDay(@NotNull LocalDate day) {
        var data = tenancy.schoolData();
        String schoolName = schoolName();
        return data.createQuery("SELECT m FROM StaffMember m ORDER BY m.account.fullName, m.id", StaffMember.class)
                .getResultStream().map(m -> record(m, schoolName, day)).toList();
    }

    /** One staff member of the current school on the given day; empty for anyone else. */
    public Optional<TeachingRecord> of(long staffId, @NotNull LocalDate day) {
        return Optional.ofNullable(tenancy.schoolData().find(StaffMember.class, staffId))
                .map(m -> record(m, schoolName(), day));
    }

    private String schoolName() {
        School school = tenancy.schoolData().find(School.class, tenancy.currentSchool().orElseThrow());
        return school == null ? "" : school.getName();
    }

    private TeachingRecord record(StaffMember m, String schoolName, LocalDate day) {
        return new TeachingRecord(new StaffCard(m.getId(), m.getAccount().getFullName(), m.getJobTitle(),
                tenancy.currentSchool().orElseThrow(), schoolName), m.getAccount().getId(), m.getAccount().isActive(),
                m.getAccount().getRoles().contains(Role.SCHOOL_METHODOLOGIST), m.getCategory(), m.getTeachingSince(),
                m.isYoungSpecialist(day));
    }
}
