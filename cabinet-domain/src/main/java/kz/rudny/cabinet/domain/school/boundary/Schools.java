package kz.rudny.cabinet.domain.school.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.audit.boundary.DomainAction;
import kz.rudny.cabinet.domain.audit.boundary.DomainField;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.people.control.Accounts;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.people.entity.StaffMember;
import kz.rudny.cabinet.domain.school.entity.School;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/** The district's schools. */
@ApplicationScoped
@Transactional
public class Schools {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SchoolCreated> created;

    /** Creates a school and its first methodologist, who can then build up the school's staff. */
    @Allowed(Role.DISTRICT_ADMINISTRATOR)
    public long create(@NotNull @Valid NewSchoolForm form) {
        if (!em.createNamedQuery(School.BY_NAME, School.class).setParameter("name", form.getName())
                .getResultList().isEmpty()) {
            throw new InvalidInputException("name", "school.nameTaken");
        }
        School school = new School(form.getName(), form.getTeachingLanguage(), LocalDateTime.now(ZoneOffset.UTC));
        em.persist(school);
        em.flush();
        long schoolId = school.getId();
        Account methodologist = accounts.create(form.getUsername(), form.getInitialPassword(), "initialPassword",
                form.getMethodologistName(), schoolId, Set.of(Role.SCHOOL_METHODOLOGIST, Role.TEACHER), null);
        tenancy.asSchool(schoolId, () -> {
            StaffMember member = new StaffMember(methodologist);
            tenancy.schoolData().persist(member);
            tenancy.schoolData().flush();
            audit.record(DomainAction.SCHOOL_CREATED, "School", schoolId, Changes.describe()
                    .value(DomainField.NAME, school.getName())
                    .value(DomainField.TEACHING_LANGUAGE, school.getTeachingLanguage())
                    .value(DomainField.METHODOLOGIST, methodologist.getUsername()));
            created.fire(new SchoolCreated(schoolId));
            return member;
        });
        return schoolId;
    }

    /** Every school with its staff counts, for district roles. */
    @Allowed({Role.DISTRICT_METHODOLOGIST, Role.DISTRICT_ADMINISTRATOR})
    public List<SchoolSummary> summaries() {
        Map<Long, long[]> counts = new HashMap<>();
        List<Object[]> staff = em.createQuery("SELECT a.schoolId, COUNT(a) FROM Account a "
                + "WHERE a.active = TRUE AND a.schoolId IS NOT NULL GROUP BY a.schoolId", Object[].class).getResultList();
        for (Object[] row : staff) {
            counts.computeIfAbsent((Long) row[0], k -> new long[3])[0] = (Long) row[1];
        }
        countRole(counts, Role.TEACHER, 1);
        countRole(counts, Role.SCHOOL_METHODOLOGIST, 2);
        return em.createNamedQuery(School.ALL, School.class).getResultStream().map(s -> {
            long[] c = counts.getOrDefault(s.getId(), new long[3]);
            return new SchoolSummary(s.getId(), s.getName(), s.getTeachingLanguage(), c[0], c[1], c[2]);
        }).toList();
    }

    private void countRole(Map<Long, long[]> counts, Role role, int slot) {
        List<Object[]> rows = em.createQuery("SELECT a.schoolId, COUNT(a) FROM Account a JOIN a.roles r "
                + "WHERE r = :role AND a.active = TRUE AND a.schoolId IS NOT NULL GROUP BY a.schoolId", Object[].class)
                .setParameter("role", role).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], k -> new long[3])[slot] = (Long) row[1];
        }
    }
}
