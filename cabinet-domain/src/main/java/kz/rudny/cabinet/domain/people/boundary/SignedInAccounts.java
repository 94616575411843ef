package kz.rudny.cabinet.domain.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.people.entity.Account;

/**
 * What the sign-in mechanism asks on every request of a signed-in session: the roles the account has now.
 * Read from the database each time, so that a deactivated account is signed out and a granted or revoked
 * role takes effect at the person's next request, and so that nothing of another request is ever reused.
 */
@ApplicationScoped
public class SignedInAccounts {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    /** The role names of an active account, or empty when there is no such active account (any more). */
    @PermitAll // asked by the sign-in mechanism before the container knows the caller
    public Optional<Set<String>> currentRoles(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(Account::isActive)
                .findFirst()
                .map(a -> a.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }
}
