package kz.rudny.cabinet.domain.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.security.CallerCache;

/**
 * What the sign-in mechanism asks on every request of a signed-in session: the roles the account has now. Read
 * through the cluster's {@link CallerCache}, which every change of an account empties for it at once, so that a
 * deactivated account is signed out and a granted or revoked role takes effect at the person's next request,
 * without a database read per request.
 */
@ApplicationScoped
public class SignedInAccounts {

    @Inject
    CallerCache callers;

    /** The role names of an active account, or empty when there is no such active account (any more). */
    @PermitAll // asked by the sign-in mechanism before the container knows the caller
    public Optional<Set<String>> currentRoles(String username) {
        return callers.caller(username)
                .map(c -> c.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }
}
