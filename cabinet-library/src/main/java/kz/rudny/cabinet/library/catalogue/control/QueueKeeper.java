package kz.rudny.cabinet.library.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;
import kz.rudny.cabinet.domain.people.boundary.StaffDeactivated;
import kz.rudny.cabinet.library.catalogue.entity.Reservation;

/** Keeps reservation queues moving: a deactivated person leaves every queue (in the same transaction). */
@ApplicationScoped
public class QueueKeeper {

    @Inject
    Holdings holdings;

    @Inject
    AuditTrail audit;

    void leaveQueues(@Observes StaffDeactivated event) {
        holdings.data().createQuery("SELECT r FROM Reservation r WHERE r.staffId = :s AND r.closedAt IS NULL",
                Reservation.class).setParameter("s", event.staffId()).getResultStream().forEach(r -> {
                    r.close(LocalDateTime.now(ZoneOffset.UTC));
                    audit.record(LibraryAction.RESERVATION_CANCELLED, "CatalogueTitle", r.getTitle().getId(),
                            Changes.describe().value(LibraryField.READER, r.getStaffName()));
                });
    }
}
