package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.meetings.boundary.AgendaItemView;
import kz.rudny.cabinet.events.meetings.entity.Meeting;

/** Reading meetings of the current school, and the next protocol number of an association's year. */
@ApplicationScoped
public class MeetingRecords {

    public static final String RECORD = "Meeting";

    @PersistenceContext(unitName = "events")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    public EntityManager data() {
        return tenancy.schoolData(em);
    }

    public Meeting find(long id) {
        Meeting m = data().find(Meeting.class, id);
        if (m == null) {
            throw new NotFoundException(RECORD, id);
        }
        return m;
    }

    /** The meeting, its row locked until the transaction ends (numbering, finalising, recording). */
    public Meeting locked(long id) {
        Meeting m = data().find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new NotFoundException(RECORD, id);
        }
        return m;
    }

    /**
     * The next protocol number of the association's academic year: one more than the highest given. The unique
     * constraint on (school, association, year, number) keeps two parallel meetings from taking the same one.
     */
    public int nextProtocolNumber(long associationId, int academicYear) {
        Integer max = data().createQuery("SELECT MAX(m.protocolNo) FROM Meeting m WHERE m.associationId = :a"
                        + " AND m.academicYear = :y", Integer.class)
                .setParameter("a", associationId).setParameter("y", academicYear).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public static List<AgendaItemView> agenda(Meeting m) {
        return m.agenda().stream().map(i -> new AgendaItemView(i.getId(), i.getPosition(), i.getTopic(),
                i.getSpeakerStaffId(), i.getSpeakerName(), i.getHeard(), i.getSpoke(), i.getDecided())).toList();
    }
}
