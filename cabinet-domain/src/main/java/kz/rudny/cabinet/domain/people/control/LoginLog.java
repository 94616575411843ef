package kz.rudny.cabinet.domain.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.people.entity.LoginAttempt;

/** Keeps every sign-in attempt, in the database and in the server log. */
@ApplicationScoped
public class LoginLog {

    private static final Logger LOG = Logger.getLogger(LoginLog.class.getName());

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    /**
     * Keeps the attempt (the name as typed and the address, in {@code LOGIN_ATTEMPT}, for the throttle's reviewers)
     * and logs it with the account's id only (empty when no account has that name): the server log carries no
     * name, typed text or address of a person.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String username, Long accountId, String address, LoginAttempt.Outcome outcome) {
        String name = username == null ? "" : username.length() > 60 ? username.substring(0, 60) : username;
        LOG.log(outcome == LoginAttempt.Outcome.SUCCESS ? Level.INFO : Level.WARNING, "Sign-in {0} account={1}",
                new Object[] {outcome, accountId == null ? "unknown" : accountId.toString()});
        em.persist(new LoginAttempt(name, address, outcome, LocalDateTime.now(ZoneOffset.UTC)));
    }
}
