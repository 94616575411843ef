package kz.rudny.cabinet.domain.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/**
 * One teacher's work in a period as every module recorded it (each {@link TeacherWorkSource}, summed). For the
 * features that show a person's figures to those already allowed to see that person (the mentor's report is
 * checked by its pair's access first): hence {@link PermitAll}, like {@link TeachingRecords}. Only the current
 * school's records are counted; with no school (a district person) there is nothing to count.
 */
@ApplicationScoped
@PermitAll
@Transactional
public class TeacherWorks {

    @Inject
    @Any
    Instance<TeacherWorkSource> sources;

    @Inject
    Tenancy tenancy;

    /** The staff member's work between the two days, both included. */
    public TeacherWork of(long staffId, long accountId, @NotNull LocalDate from, @NotNull LocalDate to) {
        if (tenancy.currentSchool().isEmpty() || to.isBefore(from)) {
            return TeacherWork.NONE;
        }
        TeacherWork sum = TeacherWork.NONE;
        for (TeacherWorkSource source : sources) {
            sum = sum.plus(source.of(staffId, accountId, from, to));
        }
        return sum;
    }
}
