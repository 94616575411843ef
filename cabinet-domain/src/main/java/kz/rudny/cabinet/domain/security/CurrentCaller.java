package kz.rudny.cabinet.domain.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.monitoring.RequestContext;
import kz.rudny.cabinet.domain.people.boundary.Language;

/**
 * The signed-in person for this request, read once per request: from the cluster's {@link CallerCache}, else from
 * the database (and then kept there). A deactivated account or a changed role takes effect at once all the same:
 * every change of an account forgets its entry on every instance. Never taken from request parameters. The account is the
 * one a REST API request signed in with ({@link ApiCaller}, checked by the identity store in this request),
 * else the container's caller principal (the sign-in form's session).
 */
@Named("caller")
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext security;

    @Inject
    ApiCaller api;

    @Inject
    CallerCache cache;

    private CallerCache.Caller snapshot;
    private boolean loaded;

    private Optional<CallerCache.Caller> snapshot() {
        if (!loaded) {
            loaded = true;
            String username = api.username().orElseGet(this::containerCaller);
            if (username != null) {
                snapshot = cache.caller(username).orElse(null);
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

    /** Forgets what was read (here and in the cache), after the caller's own account changed in this request. */
    public void refresh() {
        if (snapshot != null) {
            cache.forget(snapshot.username());
        }
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
        return snapshot().map(CallerCache.Caller::username).orElse(null);
    }

    public String getFullName() {
        return snapshot().map(CallerCache.Caller::fullName).orElse(null);
    }

    public Optional<Long> schoolId() {
        return snapshot().map(CallerCache.Caller::schoolId);
    }

    public boolean isSchoolPerson() {
        return schoolId().isPresent();
    }

    public Optional<Language> language() {
        return snapshot().map(CallerCache.Caller::language);
    }

    /** The password was handed out by someone else and must be changed before anything else. */
    public boolean isPasswordChangeRequired() {
        return snapshot().map(CallerCache.Caller::passwordChangeRequired).orElse(false);
    }

    public Set<Role> roles() {
        return snapshot().map(CallerCache.Caller::roles).orElse(Set.of());
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /** For pages: {@code #{caller.hasRole('SCHOOL_METHODOLOGIST')}}. */
    public boolean hasRole(String role) {
        return roles().stream().anyMatch(r -> r.name().equals(role));
    }
}
