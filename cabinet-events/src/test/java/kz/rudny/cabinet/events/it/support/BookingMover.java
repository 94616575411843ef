package kz.rudny.cabinet.events.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.rooms.boundary.Slot;
import kz.rudny.cabinet.events.rooms.entity.RoomBooking;

/** Moves a booking of the caller's school as what it is held for would (a meeting moved): for the calendar tests. */
@ApplicationScoped
public class BookingMover {

    @PersistenceContext(unitName = "events")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Transactional
    public void move(long bookingId, Slot slot) {
        tenancy.schoolData(em).find(RoomBooking.class, bookingId).moveTo(slot);
    }
}
