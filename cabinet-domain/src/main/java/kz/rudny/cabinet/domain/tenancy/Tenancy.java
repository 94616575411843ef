package kz.rudny.cabinet.domain.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.function.Supplier;
import kz.rudny.cabinet.domain.security.CurrentCaller;

/**
 * Hands out the EntityManager for school data, with the tenant set to the caller's school.
 *
 * <p>The school always comes from the signed-in account ({@link CurrentCaller}); only provisioning code
 * that creates a school (or the demo data) may act for a named school through {@link #asSchool}.
 */
@ApplicationScoped
public class Tenancy {

    private static final ThreadLocal<Long> PROVISIONING = new ThreadLocal<>();

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The transaction's EntityManager, filtered to the caller's school. */
    public EntityManager schoolData() {
        return schoolData(em);
    }

    /**
     * Another module's transaction-scoped EntityManager (its own persistence unit), filtered to the caller's
     * school: the same single mechanism for every module.
     */
    public EntityManager schoolData(EntityManager moduleEntityManager) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            // Outside a transaction every call gets a fresh EntityManager and the tenant would be lost.
            throw new IllegalStateException("School data is only handed out inside a transaction");
        }
        moduleEntityManager.setProperty(SchoolScoped.TENANT_PROPERTY,
                currentSchool().orElseThrow(NoSchoolException::new));
        return moduleEntityManager;
    }

    /**
     * A module's transaction-scoped EntityManager for town-level tables (an open event, its registrations): the
     * viewer is the caller's school (whose school data it also reads, as {@link #schoolData(EntityManager)}), or
     * the district for district people. Nobody signed in: refused, as school data is.
     */
    public EntityManager townData(EntityManager moduleEntityManager) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Town data is only handed out inside a transaction");
        }
        Optional<Long> school = currentSchool();
        if (school.isPresent()) {
            moduleEntityManager.setProperty(SchoolScoped.TENANT_PROPERTY, school.get());
            moduleEntityManager.setProperty(SchoolScoped.VIEWER_PROPERTY, school.get());
        } else if (caller.isSignedIn()) {
            moduleEntityManager.setProperty(SchoolScoped.VIEWER_PROPERTY, SchoolScoped.DISTRICT);
        } else {
            throw new NoSchoolException();
        }
        return moduleEntityManager;
    }

    /** The school the current work is for, if any. */
    public Optional<Long> currentSchool() {
        Long provisioning = PROVISIONING.get();
        if (provisioning != null) {
            return Optional.of(provisioning);
        }
        return caller.schoolId();
    }

    /**
     * Runs work for a given school. Only for provisioning a new school and loading demo data; the id must
     * never come from a request.
     */
    public <T> T asSchool(long schoolId, Supplier<T> work) {
        Long before = PROVISIONING.get();
        PROVISIONING.set(schoolId);
        try {
            return work.get();
        } finally {
            if (before == null) {
                PROVISIONING.remove();
            } else {
                PROVISIONING.set(before);
            }
        }
    }
}
