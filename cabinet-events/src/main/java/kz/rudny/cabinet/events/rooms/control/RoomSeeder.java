package kz.rudny.cabinet.events.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import kz.rudny.cabinet.domain.school.boundary.SchoolCreated;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.rooms.boundary.RoomKind;
import kz.rudny.cabinet.events.rooms.entity.Room;

/** Every school has the methodical cabinet and the assembly hall: made with a new school, and at start if missing. */
@ApplicationScoped
public class RoomSeeder {

    static final List<RoomKind> SEEDED = List.of(RoomKind.METHODICAL_CABINET, RoomKind.ASSEMBLY_HALL);

    @PersistenceContext(unitName = "events")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    /** This bean through its proxy, for a transaction per school. */
    @Inject
    RoomSeeder self;

    void schoolCreated(@Observes SchoolCreated created) {
        seedCurrentSchool();
    }

    void started(@Observes PlatformStarted started) {
        for (long school : started.schoolIds()) {
            tenancy.asSchool(school, () -> {
                self.seedInTransaction();
                return null;
            });
        }
    }

    @Transactional
    public void seedInTransaction() {
        seedCurrentSchool();
    }

    /** Creates the current school's missing seeded rooms (inside the caller's transaction). */
    public void seedCurrentSchool() {
        EntityManager data = tenancy.schoolData(em);
        List<RoomKind> present = data.createQuery("SELECT r.kind FROM Room r WHERE r.name IS NULL", RoomKind.class)
                .getResultList();
        int position = data.createQuery("SELECT COUNT(r) FROM Room r", Long.class).getSingleResult().intValue();
        for (RoomKind kind : SEEDED) {
            if (!present.contains(kind)) {
                data.persist(Room.seeded(kind, position++));
            }
        }
        data.flush();
    }
}
