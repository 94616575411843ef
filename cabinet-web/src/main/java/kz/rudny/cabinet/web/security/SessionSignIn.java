package kz.rudny.cabinet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.people.boundary.SignedInAccounts;
import kz.rudny.cabinet.web.platform.DatabaseFailure;
import kz.rudny.cabinet.web.platform.ServiceUnavailable;

/**
 * How a person is signed in, for the container, on every request.
 *
 * <p>The sign-in form ({@link Login}) hands the credential over with {@code SecurityContext.authenticate};
 * it is checked by the accounts' identity store, and on success the account's user name is kept in the
 * session. On every later request this mechanism tells the container the caller <em>and its groups</em>,
 * read afresh from the database ({@link SignedInAccounts}). It replaces Soteria's form mechanism with
 * {@code @AutoApplySession}, which re-applied only the caller principal and left the groups to Payara to
 * find in a security context bound to the worker thread; under concurrent requests of other sessions that
 * context belonged to another request, the groups were lost, and 1-3% of requests of people with the right
 * role were refused with 403 before the application saw them (payara/Payara#6145). Nothing here is shared
 * between requests: the only state is the user name in the person's own session.
 *
 * <p>A deactivated account is signed out at its next request; a role given or taken away applies at once.
 * Not signed in and asking a protected page: redirected to the sign-in page, with the security headers.
 * The JSON API ({@code /api/*}) signs each request in itself (HTTP Basic): a session never signs it in.
 */
@ApplicationScoped
public class SessionSignIn implements HttpAuthenticationMechanism {

    /** The session attribute holding the signed-in account's user name. */
    static final String CALLER = SessionSignIn.class.getName() + ".caller";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Logger LOG = Logger.getLogger(SessionSignIn.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignedInAccounts accounts;

    @Inject
    ServiceUnavailable unavailable;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, credential);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/")) {
            return context.doNothing();
        }
        Optional<String> username = sessionCaller(request);
        if (username.isPresent()) {
            Optional<Set<String>> roles;
            try {
                roles = accounts.currentRoles(username.get());
            } catch (RuntimeException e) {
                return unavailable(request, response, e);
            }
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(username.get(), roles.get());
            }
            request.getSession().invalidate(); // the account was deactivated or removed meanwhile
        }
        if (context.isProtected()) {
            SecurityHeadersFilter.apply(request, response);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * The database cannot be reached while the session's caller is read (this runs before any filter): the 503
     * answer, sent from here. Anything else goes on as it would have. (A sign-in's failure travels through the page
     * to DatabaseUnavailableFilter.)
     */
    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response,
                                             RuntimeException e) {
        if (!DatabaseFailure.causedBy(e)) {
            throw e;
        }
        LOG.log(Level.WARNING, "Database unreachable at sign-in of {0}: 503 ({1})",
                new Object[] {request.getRequestURI(), e.toString()});
        try {
            SecurityHeadersFilter.apply(request, response);
            unavailable.answer(request, response);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = result.getCallerPrincipal().getName();
        request.getSession(true).setAttribute(CALLER, username);
        return context.notifyContainerAboutLogin(username, result.getCallerGroups());
    }

    private static Optional<String> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(CALLER)).map(String.class::cast);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
    }
}
