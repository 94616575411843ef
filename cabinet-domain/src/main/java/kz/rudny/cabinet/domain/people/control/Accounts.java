package kz.rudny.cabinet.domain.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.security.PasswordHashing;
import kz.rudny.cabinet.domain.security.PasswordPolicy;
import kz.rudny.cabinet.domain.security.Role;

/** Creates accounts and finds them by username; the one place a username's uniqueness is checked. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** A new account; refuses a taken username or a weak password with a message for the field. */
    public Account create(String username, String password, String passwordField, String fullName, Long schoolId,
                          Set<Role> roles, Language language) {
        if (byUsername(username).isPresent()) {
            throw new InvalidInputException("username", "username.taken");
        }
        PasswordPolicy.problem(password, username).ifPresent(key -> {
            throw new InvalidInputException(passwordField, key);
        });
        Account account = new Account(username, PasswordHashing.hash(password.toCharArray()), fullName, schoolId,
                LocalDateTime.now(ZoneOffset.UTC));
        account.setRoles(roles);
        account.setLanguage(language);
        em.persist(account);
        return account;
    }
}
