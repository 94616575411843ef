package kz.rudny.cabinet.domain.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.people.entity.LoginAttempt;
import kz.rudny.cabinet.domain.security.ClientAddresses;
import kz.rudny.cabinet.domain.security.PasswordHashing;

/**
 * Jakarta Security's identity store over the ACCOUNT table: checks the password hash, refuses inactive
 * accounts, applies the throttle, logs every attempt, and upgrades an old hash on success.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    LoginThrottle throttle;

    @Inject
    LoginLog log;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddresses addresses;

    @Transactional
    @Override
    public CredentialValidationResult validate(Credential given) {
        if (!(given instanceof UsernamePasswordCredential credential)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = credential.getCaller() == null ? "" : credential.getCaller().strip().toLowerCase(Locale.ROOT);
        String address = addresses.of(request);
        if (!throttle.waitFor(username, address).isZero()) {
            log.record(username, null, address, LoginAttempt.Outcome.THROTTLED);
            return CredentialValidationResult.INVALID_RESULT;
        }
        // Counted as a failure before the slow hash check, so that parallel guesses cannot slip past the
        // throttle while the first ones are still being checked; a success takes it back.
        throttle.failed(username, address);
        Optional<Account> account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username).getResultStream().findFirst();
        char[] password = credential.getPassword().getValue();
        boolean matches = PasswordHashing.verify(password, account.map(Account::getPasswordHash).orElse(null));
        if (!matches || !account.get().isActive()) {
            log.record(username, account.map(Account::getId).orElse(null), address, LoginAttempt.Outcome.FAILURE);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account a = account.get();
        if (PasswordHashing.needsRehash(a.getPasswordHash())) {
            a.changePassword(PasswordHashing.hash(password), LocalDateTime.now(ZoneOffset.UTC));
        }
        throttle.succeeded(username, address);
        log.record(username, a.getId(), address, LoginAttempt.Outcome.SUCCESS);
        return new CredentialValidationResult(a.getUsername(),
                a.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
