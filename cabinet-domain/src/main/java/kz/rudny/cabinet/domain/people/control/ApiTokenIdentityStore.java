package kz.rudny.cabinet.domain.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.people.entity.ApiToken;
import kz.rudny.cabinet.domain.security.ApiTokenCredential;

/**
 * Jakarta Security's identity store for personal API tokens: the token's digest finds it; a revoked or expired
 * token, or one of a deactivated account, is refused. The account's roles are those it has now. No throttle: a
 * token is 256 random bits, nothing to guess; no sign-in record per call either, only the token's last use.
 */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Transactional
    @Override
    public CredentialValidationResult validate(Credential given) {
        if (!(given instanceof ApiTokenCredential credential)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (!ApiTokenSecrets.wellFormed(credential.token())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<ApiToken> token = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", ApiTokenSecrets.hash(credential.token())).getResultStream().findFirst();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        LocalDate today = now.toLocalDate();
        Optional<Account> account = token.filter(t -> t.isUsable(today))
                .map(t -> em.find(Account.class, t.getAccountId())).filter(Account::isActive);
        if (account.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        token.get().usedAt(now);
        Account a = account.get();
        return new CredentialValidationResult(a.getUsername(),
                a.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
