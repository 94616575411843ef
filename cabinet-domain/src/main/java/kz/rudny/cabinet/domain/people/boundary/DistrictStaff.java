package kz.rudny.cabinet.domain.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.text.Collator;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.people.control.Accounts;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.PasswordPolicy;
import kz.rudny.cabinet.domain.security.Role;

/** The district administrator keeps the accounts of the district's staff: methodologists and administrators. */
@ApplicationScoped
@Allowed(Role.DISTRICT_ADMINISTRATOR)
@Transactional
public class DistrictStaff {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    Accounts accounts;

    /** Everyone who works for the district rather than a school, by name (a handful: no paging). */
    public List<DistrictStaffView> all() {
        Collator collator = Collator.getInstance();
        return em.createQuery("SELECT a FROM Account a WHERE a.schoolId IS NULL", Account.class).getResultStream()
                .map(a -> new DistrictStaffView(a.getId(), a.getFullName(), a.getUsername(),
                        a.getRoles().stream().sorted().toList(), a.getLanguage(), a.isActive()))
                .sorted(Comparator.comparing(DistrictStaffView::fullName, collator))
                .toList();
    }

    /**
     * Creates an account of no school with district roles. The first password is the one typed (it must meet
     * the password policy) or, left empty, a generated one that is returned once.
     */
    public NewDistrictAccount create(@NotNull @Valid DistrictStaffForm form) {
        if (form.getRoles().isEmpty()) {
            throw new InvalidInputException("roles", "staff.roles.required");
        }
        Set<Role> roles = EnumSet.copyOf(form.getRoles());
        if (!Role.districtRoles().containsAll(roles)) {
            throw new InvalidInputException("roles", "staff.roles.notDistrictRole");
        }
        boolean generate = form.getInitialPassword() == null || form.getInitialPassword().isEmpty();
        String password = generate ? PasswordPolicy.temporary() : form.getInitialPassword();
        Account account = accounts.create(form.getUsername(), password, "initialPassword", form.getFullName(), null,
                roles, form.getLanguage());
        em.flush();
        return new NewDistrictAccount(account.getId(), generate ? password : null);
    }
}
