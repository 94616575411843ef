package kz.rudny.cabinet.domain.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Optional;

/**
 * The account a REST API request signed in with (HTTP Basic or a personal API token), for this one request: no session is made and
 * the container knows no principal. The only way in is {@link #signIn}, which checks the credential through
 * Jakarta Security's identity store handler, so the accounts' identity store applies its throttle and logs
 * the attempt exactly as for the sign-in form. {@link CurrentCaller} reads the account from here first.
 */
@RequestScoped
public class ApiCaller {

    @Inject
    Instance<IdentityStoreHandler> identityStores;

    @Inject
    CurrentCaller caller;

    private String username;

    /**
     * Checks the credential (a user name and password, or an {@link ApiTokenCredential}); on success its account is
     * the caller for the rest of this request.
     */
    public CredentialValidationResult.Status signIn(Credential credential) {
        username = null;
        CredentialValidationResult result = identityStores.get().validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            username = result.getCallerPrincipal().getName();
        }
        caller.refresh(); // someone may have looked at the caller earlier in this request
        return result.getStatus();
    }

    /** The account signed in with {@link #signIn} in this request, if any. */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }
}
