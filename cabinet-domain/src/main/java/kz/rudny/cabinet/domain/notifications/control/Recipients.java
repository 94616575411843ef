package kz.rudny.cabinet.domain.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.people.entity.StaffMember;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.school.entity.School;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/**
 * Who a notice goes to: accounts by id, or a school's staff by their staff ids (what other modules keep), read
 * through the tenant filter so that a module working for one school never reaches another school's people.
 */
@ApplicationScoped
public class Recipients {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Settings settings;

    /**
     * The active accounts with these ids. Where the work is for a school, each must be of that school or of the
     * district (no school): a school's module never notifies another school's people.
     */
    public List<Account> accounts(Collection<Long> accountIds) {
        Set<Long> ids = new LinkedHashSet<>(accountIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Account> found = em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids ORDER BY a.id", Account.class)
                .setParameter("ids", ids).getResultList();
        if (found.size() != ids.size()) {
            throw new IllegalArgumentException("No such account among " + ids);
        }
        Optional<Long> school = tenancy.currentSchool();
        for (Account a : found) {
            if (school.isPresent() && a.getSchoolId() != null && !a.getSchoolId().equals(school.get())) {
                throw new IllegalArgumentException("Account " + a.getId() + " is of another school");
            }
        }
        return found.stream().filter(Account::isActive).toList();
    }

    /**
     * The active accounts with these ids, of any school: the parties to a town-level record (an event open to the
     * town and the people registered for it, of many schools). The caller has checked that each is a party.
     */
    public List<Account> parties(Collection<Long> accountIds) {
        Set<Long> ids = new LinkedHashSet<>(accountIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids AND a.active = TRUE ORDER BY a.id",
                Account.class).setParameter("ids", ids).getResultList();
    }

    /** Every active account of a school of the town (a district event, an event opened to the town). */
    public List<Account> town() {
        return em.createQuery("SELECT a FROM Account a WHERE a.schoolId IS NOT NULL AND a.active = TRUE ORDER BY a.id",
                Account.class).getResultList();
    }

    /** Every active account of the current school (an event of the school). */
    public List<Account> school() {
        long school = tenancy.currentSchool().orElseThrow();
        return em.createQuery("SELECT a FROM Account a WHERE a.schoolId = :s AND a.active = TRUE ORDER BY a.id",
                Account.class).setParameter("s", school).getResultList();
    }

    /** The accounts of these staff members of the current school (the tenant filter decides which exist). */
    public List<Account> staff(Collection<Long> staffIds) {
        Set<Long> ids = new LinkedHashSet<>(staffIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<StaffMember> found = tenancy.schoolData()
                .createQuery("SELECT m FROM StaffMember m WHERE m.id IN :ids", StaffMember.class)
                .setParameter("ids", ids).getResultList();
        if (found.size() != ids.size()) {
            throw new IllegalArgumentException("No such staff member in this school among " + ids);
        }
        return found.stream().map(StaffMember::getAccount).filter(Account::isActive).toList();
    }

    /** The language the person reads in: their choice, else their school's, else the configured default. */
    public Language languageOf(Account a) {
        if (a.getLanguage() != null) {
            return a.getLanguage();
        }
        if (a.getSchoolId() != null) {
            School school = em.find(School.class, a.getSchoolId());
            if (school != null) {
                return school.getTeachingLanguage().defaultLanguage();
            }
        }
        return settings.defaultLanguage();
    }
}
