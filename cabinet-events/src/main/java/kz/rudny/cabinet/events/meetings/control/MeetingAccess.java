package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.meetings.entity.Meeting;

/**
 * Who may do what with an association's meetings: the head and the school methodologist plan them and keep the
 * minutes (and the meeting's secretary, chosen from the members, records them); members read them. Nobody else
 * of the school sees them: to anyone else a meeting does not exist.
 */
@ApplicationScoped
public class MeetingAccess {

    @Inject
    Associations associations;

    @Inject
    Profile profile;

    @Inject
    CurrentCaller caller;

    /** The caller's staff card; refused for accounts that are not school staff. */
    public StaffCard me() {
        return profile.staffCard().orElseThrow(() -> new InvalidInputException("associationId", "meeting.notStaff"));
    }

    public AssociationRoster roster(long associationId) {
        return associations.roster(associationId);
    }

    public boolean canPlan(AssociationRoster roster) {
        return caller.has(Role.SCHOOL_METHODOLOGIST) || roster.isHead(profile.staffId().orElse(null));
    }

    public boolean canRead(AssociationRoster roster) {
        return canPlan(roster) || roster.isMember(profile.staffId().orElse(null));
    }

    public boolean canRecord(AssociationRoster roster, Meeting meeting) {
        Long me = profile.staffId().orElse(null);
        return canPlan(roster) || (me != null && me.equals(meeting.getSecretaryStaffId()));
    }

    /** The association, when the caller may plan its meetings; refused by the field otherwise. */
    public AssociationRoster planning(long associationId) {
        AssociationRoster roster = associations.roster(associationId);
        if (!canPlan(roster)) {
            throw new InvalidInputException("associationId", "meeting.notHead");
        }
        return roster;
    }

    /** Refuses a reader who is neither a member, the head nor the methodologist as if the meeting did not exist. */
    public AssociationRoster reading(Meeting meeting) {
        AssociationRoster roster = rosterOf(meeting);
        if (!canRead(roster)) {
            throw new NotFoundException(MeetingRecords.RECORD, meeting.getId());
        }
        return roster;
    }

    /** The roster, when the caller may record the meeting's minutes; refused otherwise. */
    public AssociationRoster recording(Meeting meeting) {
        AssociationRoster roster = reading(meeting);
        if (!canRecord(roster, meeting)) {
            throw new InvalidInputException("minutes", "minutes.notRecorder");
        }
        return roster;
    }

    private AssociationRoster rosterOf(Meeting meeting) {
        try {
            return associations.roster(meeting.getAssociationId());
        } catch (NotFoundException gone) {
            // A dissolved association's minutes stay the school's record: the methodologist still reads them.
            if (caller.has(Role.SCHOOL_METHODOLOGIST)) {
                return new AssociationRoster(meeting.getAssociationId(), meeting.getAssociationName(), null, null,
                        java.util.List.of());
            }
            throw new NotFoundException(MeetingRecords.RECORD, meeting.getId());
        }
    }
}
