package kz.rudny.cabinet.domain.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.monitoring.RequestContext;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.entity.Account;

/**
 * The signed-in person for this request, read from the database once per request so that a deactivated
 * account or a changed role takes effect at once. Never taken from request parameters. The account is the
 * one a REST API request signed in with ({@link ApiCaller}, checked by the identity store in this request),
 * else the container's caller principal (the sign-in form's session).
 */
@Named("caller")
@RequestScoped
public class CurrentCaller {

    /** A snapshot of the account, so later changes in the same request do not leak through an entity. */
    private record Snapshot(long accountId, String username, String fullName, Long schoolId, Set<Role> roles,
                            Language language, boolean passwordChangeRequired) {
    }

    @Inject
    SecurityContext security;

    @Inject
    ApiCaller api;

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    private Snapshot snapshot;
    private boolean loaded;

    private Optional<Snapshot> snapshot() {
        if (!loaded) {
            loaded = true;
            String username = api.username().orElseGet(this::containerCaller);
            if (username != null) {
                snapshot = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                        .setParameter("username", username)
                        .getResultStream()
                        .filter(Account::isActive)
                        .findFirst()
                        .map(a -> new Snapshot(a.getId(), a.getUsername(), a.getFullName(), a.getSchoolId(),
                                Set.copyOf(a.getRoles()), a.getLanguage(), a.isPasswordChangeRequired()))
                        .orElse(null);
                if (snapshot != null) {
                    RequestContext.signedIn(snapshot.accountId()); // the logs name the account by its id only
                }
            }
        }
        return Optional.ofNullable(snapshot);
    }

    private String containerCaller() {
        try {
            Principal principal = security.getCallerPrincipal();
            return principal == null ? null : principal.getName();
        } catch (RuntimeException outsideAWebRequest) {
            return null;
        }
    }

    /** Forgets what was read, after the caller's own account changed in this request. */
    public void refresh() {
        loaded = false;
        snapshot = null;
    }

    public boolean isSignedIn() {
        return snapshot().isPresent();
    }

    public long accountId() {
        return snapshot().orElseThrow(() -> new AccessDeniedException("Not signed in")).accountId();
    }

    public String getUsername() {
        return snapshot().map(Snapshot::username).orElse(null);
    }

    public String getFullName() {
        return snapshot().map(Snapshot::fullName).orElse(null);
    }

    public Optional<Long> schoolId() {
        return snapshot().map(Snapshot::schoolId);
    }

    public boolean isSchoolPerson() {
        return schoolId().isPresent();
    }

    public Optional<Language> language() {
        return snapshot().map(Snapshot::language);
    }

    /** The password was handed out by someone else and must be changed before anything else. */
    public boolean isPasswordChangeRequired() {
        return snapshot().map(Snapshot::passwordChangeRequired).orElse(false);
    }

    public Set<Role> roles() {
        return snapshot().map(Snapshot::roles).orElse(Set.of());
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /** For pages: {@code #{caller.hasRole('SCHOOL_METHODOLOGIST')}}. */
    public boolean hasRole(String role) {
        return roles().stream().anyMatch(r -> r.name().equals(role));
    }
}
