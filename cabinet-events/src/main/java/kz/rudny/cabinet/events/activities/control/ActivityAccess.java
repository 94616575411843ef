package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.entity.Activity;

/**
 * Who organises an event (changes it, publishes or cancels it, sees and exports its registrations, takes
 * attendance): the person who made it; the school methodologist of its school; for a district event, the
 * district methodologists. A draft exists only for them.
 */
@ApplicationScoped
public class ActivityAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    public boolean organises(Activity a) {
        if (a.getOrganiserAccountId() == caller.accountId()) {
            return true;
        }
        if (a.getOwnerSchoolId() == null) {
            return caller.has(Role.DISTRICT_METHODOLOGIST);
        }
        return caller.has(Role.SCHOOL_METHODOLOGIST) && Objects.equals(caller.schoolId().orElse(null),
                a.getOwnerSchoolId());
    }

    /** Whether the caller adds to the event's materials (files, library links): its organiser or a staff presenter. */
    public boolean contributes(Activity a) {
        return organises(a) || profile.staffCard().map(card -> a.presenters().stream()
                .anyMatch(p -> Objects.equals(p.getStaffId(), card.staffId()))).orElse(false);
    }

    /** Whether the caller sees the event at all: a draft only its organisers. */
    public boolean sees(Activity a) {
        return a.getStatus() != ActivityStatus.DRAFT || organises(a);
    }
}
