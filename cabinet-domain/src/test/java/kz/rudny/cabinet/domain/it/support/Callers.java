package kz.rudny.cabinet.domain.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.spi.AlterableContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import kz.rudny.cabinet.domain.platform.control.DemoData;
import kz.rudny.cabinet.domain.security.CurrentCaller;

/**
 * Signs demo accounts in, as SignedInBoundariesTests does (Jakarta Security's custom form mechanism and the
 * domain's identity store), but several times in one test, so that a test can play the author, then the
 * reviewer, then a teacher of another school. One test is one HTTP request (Arquillian's servlet protocol), so
 * before each sign-in the cabinet's request-scoped beans (CurrentCaller and the modules' own) are destroyed:
 * they read the caller once per request and would otherwise keep the previous person. The one signed in
 * before is signed out first (HttpServletRequest.logout): authenticating again alone keeps the first caller.
 */
@ApplicationScoped
public class Callers {

    @Inject
    SecurityContext security;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanManager beans;

    @Inject
    kz.rudny.cabinet.domain.tenancy.Tenancy tenancy;

    /** Signs the demo account in for the rest of this request, in place of whoever was signed in. */
    public void signIn(String username) {
        signOut();
        AuthenticationStatus status = security.authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, DemoData.PASSWORD)));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException(username + " could not sign in: " + status);
        }
        forgetTheCaller();
        if (!username.equals(caller.getUsername())) {
            throw new IllegalStateException("Signed in " + username + " but the caller is " + caller.getUsername());
        }
    }

    /** Signs whoever is signed in out of this request (a second authenticate alone keeps the first caller). */
    public void signOut() {
        try {
            CurrentExchange.request().logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        forgetTheCaller();
    }

    public String username() {
        return caller.getUsername();
    }

    /** The staff id of a demo account of the signed-in person's school. */
    @jakarta.transaction.Transactional
    public long staffId(String username) {
        return tenancy.schoolData().createQuery("SELECT m.id FROM StaffMember m WHERE m.account.username = :u",
                Long.class).setParameter("u", username).getSingleResult();
    }

    private void forgetTheCaller() {
        AlterableContext request = (AlterableContext) beans.getContext(RequestScoped.class);
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getScope() == RequestScoped.class && bean.getBeanClass().getName().startsWith("kz.rudny.cabinet.")) {
                request.destroy(bean);
            }
        }
    }
}
