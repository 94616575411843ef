package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;

/**
 * The events' entries in the caller's school's audit trail (a registration, a school's event). The district's own
 * work (a district event made, published, cancelled) has no school, and the cabinet has no district trail yet.
 */
@ApplicationScoped
public class ActivityTrail {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    public void record(EventsAction action, long activityId, Changes changes) {
        if (caller.schoolId().isPresent()) {
            audit.record(action, ActivityRecords.RECORD, activityId, changes);
        }
    }
}
