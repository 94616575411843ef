package kz.rudny.cabinet.domain.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.audit.boundary.DomainAction;
import kz.rudny.cabinet.domain.audit.boundary.DomainField;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.control.ApiTokenSecrets;
import kz.rudny.cabinet.domain.people.entity.ApiToken;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;

/**
 * The signed-in person's own personal API tokens (README "REST API"): made with a name and an optional last day,
 * shown once when made (only the digest is kept), listed with when each was made and last used, revoked. Every
 * query is by the caller's account: another person's token id is "not found", exactly like a missing one.
 */
@ApplicationScoped
@Allowed
@Transactional
public class ApiTokens {

    /** A record's name for "not found". */
    public static final String RECORD = "ApiToken";
    static final int NAME_MAX = 100;
    /** Usable tokens one person may hold: enough for their scripts, not a store of secrets. */
    static final int MOST = 20;

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The caller's tokens, newest first, revoked ones too (until the person looks no more). */
    public List<ApiTokenView> mine() {
        LocalDate today = today();
        return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class).setParameter("account", caller.accountId())
                .getResultStream().map(t -> ApiTokenView.of(t, today)).toList();
    }

    /** Makes a token; the answer holds the token itself, which is never shown again. */
    public NewApiToken create(String name, LocalDate expiresOn) {
        String given = name == null ? "" : name.strip();
        if (given.isEmpty()) {
            throw new InvalidInputException("name", "field.required");
        }
        if (given.length() > NAME_MAX) {
            throw new InvalidInputException("name", "apiToken.nameTooLong", NAME_MAX);
        }
        LocalDate today = today();
        if (expiresOn != null && expiresOn.isBefore(today)) {
            throw new InvalidInputException("expiresOn", "apiToken.expiresInPast");
        }
        long usable = mine().stream().filter(ApiTokenView::usable).count();
        if (usable >= MOST) {
            throw new InvalidInputException("name", "apiToken.tooMany", MOST);
        }
        String secret = ApiTokenSecrets.newToken();
        ApiToken token = new ApiToken(caller.accountId(), given, ApiTokenSecrets.hash(secret), now(), expiresOn);
        em.persist(token);
        em.flush();
        audited(DomainAction.API_TOKEN_CREATED, token);
        return new NewApiToken(ApiTokenView.of(token, today), secret);
    }

    /** Revokes one of the caller's tokens: it stops working at once. Revoking it again changes nothing. */
    public void revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || token.getAccountId() != caller.accountId()) {
            throw new NotFoundException(RECORD, id);
        }
        if (token.revoke(now())) {
            audited(DomainAction.API_TOKEN_REVOKED, token);
        }
    }

    /**
     * Who made or revoked a token, when, and its name, in the school's audit trail; never the token itself. A
     * district person's tokens have no trail to go to (the audit trail is a school's).
     */
    private void audited(DomainAction action, ApiToken token) {
        if (caller.schoolId().isPresent()) {
            audit.record(action, RECORD, token.getId(), Changes.describe().value(DomainField.NAME, token.getName()));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private LocalDate today() {
        return now().toLocalDate();
    }
}
