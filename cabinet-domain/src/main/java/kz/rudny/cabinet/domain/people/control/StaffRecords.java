package kz.rudny.cabinet.domain.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberView;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.people.entity.StaffMember;
import kz.rudny.cabinet.domain.subject.entity.Subject;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/** Reads a school's staff through the tenant filter; every id from outside is resolved here. */
@ApplicationScoped
public class StaffRecords {

    @Inject
    Tenancy tenancy;

    /** The caller's school's staff member, or not found (also for another school's id). */
    public StaffMember find(long staffId) {
        StaffMember member = tenancy.schoolData().find(StaffMember.class, staffId);
        if (member == null) {
            throw new NotFoundException("Staff member", staffId);
        }
        return member;
    }

    /** Several staff members of the caller's school; one unknown id refuses the whole set. */
    public Set<StaffMember> findAll(Collection<Long> ids, String field) {
        Set<StaffMember> found = new HashSet<>();
        for (Long id : ids) {
            StaffMember member = id == null ? null : tenancy.schoolData().find(StaffMember.class, id);
            if (member == null) {
                throw new InvalidInputException(field, "staff.unknown");
            }
            found.add(member);
        }
        return found;
    }

    public StaffMember byAccount(long accountId) {
        return tenancy.schoolData().createQuery("SELECT m FROM StaffMember m WHERE m.account.id = :a", StaffMember.class)
                .setParameter("a", accountId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Staff member of account", accountId));
    }

    public Set<Subject> subjects(List<Long> ids, String field) {
        EntityManager em = tenancy.schoolData();
        Set<Subject> found = new HashSet<>();
        for (Long id : ids) {
            Subject s = id == null ? null : em.find(Subject.class, id);
            if (s == null) {
                throw new InvalidInputException(field, "subject.unknown");
            }
            found.add(s);
        }
        return found;
    }

    public static StaffMemberView view(StaffMember m, Language language) {
        Account a = m.getAccount();
        return new StaffMemberView(m.getId(), a.getUsername(), a.getFullName(), m.getJobTitle(), a.getRoles(),
                m.getSubjects().stream().map(s -> s.name(language)).sorted().toList(), a.isActive(),
                m.isYoungSpecialist(LocalDate.now(ZoneOffset.UTC)));
    }

    /** The ids of subjects, as the audit trail keeps them (it shows them by name in the reader's language). */
    public static Set<Long> ids(Set<Subject> subjects) {
        return new java.util.TreeSet<>(subjects.stream().map(Subject::getId).toList());
    }
}
