package kz.rudny.cabinet.domain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.spi.AlterableContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.List;
import java.util.Set;
import javax.cache.Cache;
import kz.rudny.cabinet.domain.cluster.SharedCaches;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.it.support.CurrentExchange;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberForm;
import kz.rudny.cabinet.domain.platform.control.DemoData;
import kz.rudny.cabinet.domain.security.ApiCaller;
import kz.rudny.cabinet.domain.security.CallerCache;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The caller cache (the data grid's JCache, as Payara ships it: Hazelcast, here in a Payara Micro of its own) keeps
 * what a signed-in person's requests read of their account, and yet a deactivated account or a removed role takes
 * effect on that person's very next request. The person stays signed in through the container (the sign-in form's
 * session); the methodologist acts through the REST API's sign-in of the same request; the person's "next request"
 * is a fresh set of the cabinet's request-scoped beans.
 *
 * <p>Run in the container by {@link DomainSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface CallerCacheTests {

    String SCHOOL_METHODOLOGIST = "s7.methodologist";
    String PASSWORD = "Qazaq-Til-2026";

    SecurityContext security();

    CurrentCaller caller();

    ApiCaller api();

    Staff staff();

    BeanManager beans();

    SharedCaches sharedCaches();

    @Test
    default void aDeactivatedAccountIsRefusedOnItsNextRequestThoughItWasCached() {
        Person created = newPerson(List.of(Role.TEACHER));
        String teacher = created.username();
        long staffId = created.staffId();
        signIn(teacher);
        assertTrue(callers().containsKey(teacher), "the caller is kept in the grid's cache");
        assertEquals(1, staff().colleagues().stream().filter(c -> c.staffId() == staffId).count());

        actAsMethodologist();
        staff().deactivate(staffId);

        nextRequest();
        assertEquals(null, caller().getUsername(), "no longer signed in");
        assertFalse(caller().isSignedIn());
        assertThrows(AccessDeniedException.class, () -> staff().colleagues());
        assertFalse(callers().containsKey(teacher), "not kept again: the account is inactive");
    }

    @Test
    default void aRemovedRoleIsRefusedOnTheNextRequestThoughItWasCached() {
        Person created = newPerson(List.of(Role.TEACHER, Role.SCHOOL_METHODOLOGIST));
        String person = created.username();
        long staffId = created.staffId();
        signIn(person);
        assertTrue(callers().containsKey(person), "the caller is kept in the grid's cache");
        assertTrue(caller().has(Role.SCHOOL_METHODOLOGIST));
        staff().form(staffId); // a methodologist's call, allowed

        actAsMethodologist();
        StaffMemberForm form = staff().form(staffId);
        form.setRoles(List.of(Role.TEACHER));
        staff().update(staffId, form);

        nextRequest();
        assertEquals(person, caller().getUsername(), "still signed in");
        assertEquals(Set.of(Role.TEACHER), caller().roles());
        assertThrows(AccessDeniedException.class, () -> staff().form(staffId), "the removed role is refused");
        assertTrue(callers().containsKey(person), "kept again, with the new roles");
    }

    private Cache<String, String[]> callers() {
        return sharedCaches().cache(CallerCache.NAME, SharedCaches.Lifetime.FROM_CREATION, CallerCache.LIFE);
    }

    record Person(String username, long staffId) {
    }

    /** A new staff member of the methodologist's school with these roles. */
    private Person newPerson(List<Role> roles) {
        signIn(SCHOOL_METHODOLOGIST, DemoData.PASSWORD);
        String username = "s7.cached" + Long.toString(System.nanoTime() % 100_000_000, 36);
        StaffMemberForm form = new StaffMemberForm();
        form.setUsername(username);
        form.setFullName("Cached " + username);
        form.setRoles(roles);
        form.setInitialPassword(PASSWORD);
        return new Person(username, staff().create(form));
    }

    private void signIn(String username) {
        signIn(username, PASSWORD);
    }

    /** The sign-in form's way: the container's caller for the rest of the test (its session). */
    private void signIn(String username, String password) {
        try {
            CurrentExchange.request().logout();
        } catch (jakarta.servlet.ServletException e) {
            throw new IllegalStateException(e);
        }
        nextRequest();
        AuthenticationStatus status = security().authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password)));
        assertEquals(AuthenticationStatus.SUCCESS, status);
        nextRequest();
        assertEquals(username, caller().getUsername());
    }

    /** The methodologist for this request only (the REST API's sign-in), the container's caller unchanged. */
    private void actAsMethodologist() {
        nextRequest();
        assertEquals(CredentialValidationResult.Status.VALID,
                api().signIn(new UsernamePasswordCredential(SCHOOL_METHODOLOGIST, DemoData.PASSWORD)));
        assertEquals(SCHOOL_METHODOLOGIST, caller().getUsername());
    }

    /** Ends the cabinet's request-scoped beans (the caller, the API sign-in, the tenancy), as a new request would. */
    private void nextRequest() {
        AlterableContext request = (AlterableContext) beans().getContext(RequestScoped.class);
        for (Bean<?> bean : beans().getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getScope() == RequestScoped.class && bean.getBeanClass().getName().startsWith("kz.rudny.cabinet.")) {
                request.destroy(bean);
            }
        }
    }
}
