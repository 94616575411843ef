package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.activities.entity.Activity;
import kz.rudny.cabinet.events.activities.entity.Registration;

/**
 * The events and registrations as the caller may see them: through {@link Tenancy#townData}, whose viewer filter
 * hides another school's own events and another school's registrations. An event the caller may not see does not
 * exist for them.
 */
@ApplicationScoped
public class ActivityRecords {

    public static final String RECORD = "Activity";

    @PersistenceContext(unitName = "events")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    public EntityManager data() {
        return tenancy.townData(em);
    }

    public Activity find(long id) {
        Activity a = data().find(Activity.class, id);
        if (a == null) {
            throw new NotFoundException(RECORD, id);
        }
        return a;
    }

    /** The event, its row locked until the transaction ends: every change of its places goes through here. */
    public Activity locked(long id) {
        Activity a = data().find(Activity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException(RECORD, id);
        }
        return a;
    }

    /** The account's registration for the event, in any state. */
    public Optional<Registration> registrationOf(Activity activity, long accountId) {
        return data().createQuery("SELECT r FROM Registration r WHERE r.activity = :a AND r.accountId = :me",
                Registration.class).setParameter("a", activity).setParameter("me", accountId)
                .getResultStream().findFirst();
    }
}
