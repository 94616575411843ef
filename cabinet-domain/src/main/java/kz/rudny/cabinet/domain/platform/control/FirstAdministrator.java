package kz.rudny.cabinet.domain.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.people.control.Accounts;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.security.PasswordPolicy;
import kz.rudny.cabinet.domain.security.Role;

/**
 * A production start creates no accounts but one district administrator, and only while there is none.
 * Its password comes from configuration, or is generated and printed once to the server log.
 */
@ApplicationScoped
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Transactional
    public void ensureExists(Optional<String> configuredPassword) {
        boolean exists = !em.createNamedQuery(Account.WITH_ROLE, Account.class)
                .setParameter("role", Role.DISTRICT_ADMINISTRATOR).setMaxResults(1).getResultList().isEmpty();
        if (exists) {
            return;
        }
        String password = configuredPassword.orElseGet(PasswordPolicy::temporary);
        accounts.create(USERNAME, password, "password", "District administrator", null,
                Set.of(Role.DISTRICT_ADMINISTRATOR), null);
        if (configuredPassword.isPresent()) {
            LOG.warning("Created the district administrator account \"" + USERNAME
                    + "\" with the configured password. Change it after the first sign-in.");
        } else {
            LOG.warning("\n==========================================================\n"
                    + " Created the district administrator account.\n"
                    + "   username: " + USERNAME + "\n   password: " + password + "\n"
                    + " This password is shown only once. Change it after signing in.\n"
                    + "==========================================================");
        }
    }
}
