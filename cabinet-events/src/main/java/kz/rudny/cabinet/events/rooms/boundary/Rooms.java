package kz.rudny.cabinet.events.rooms.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;
import kz.rudny.cabinet.events.rooms.entity.Room;

/** The school's rooms: everyone in the school sees them; the school methodologist adds one. */
@ApplicationScoped
@Allowed(Role.SCHOOL_METHODOLOGIST)
@Transactional
public class Rooms {

    public static final String RECORD = "Room";

    @PersistenceContext(unitName = "events")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public List<RoomView> all() {
        return tenancy.schoolData(em)
                .createQuery("SELECT r FROM Room r WHERE r.active = TRUE ORDER BY r.position, r.id", Room.class)
                .getResultList().stream().map(r -> new RoomView(r.getId(), r.getKind(), r.getName())).toList();
    }

    /** A room of the school's own, named (a classroom, the library's reading room). */
    public long create(RoomKind kind, String name) {
        if (kind == null) {
            throw new InvalidInputException("kind", "field.required");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new InvalidInputException("name", "field.required");
        }
        if (n.length() > 120) {
            throw new InvalidInputException("name", "text.tooLong", 120);
        }
        EntityManager data = tenancy.schoolData(em);
        int position = data.createQuery("SELECT COUNT(r) FROM Room r", Long.class).getSingleResult().intValue();
        Room room = Room.named(kind, n, position);
        data.persist(room);
        data.flush();
        audit.record(EventsAction.ROOM_CREATED, RECORD, room.getId(), Changes.describe().value(EventsField.ROOM, n));
        return room.getId();
    }
}
