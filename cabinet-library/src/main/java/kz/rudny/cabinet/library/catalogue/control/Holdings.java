package kz.rudny.cabinet.library.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.catalogue.entity.CatalogueCopy;
import kz.rudny.cabinet.library.catalogue.entity.CatalogueTitle;
import kz.rudny.cabinet.library.catalogue.entity.Loan;
import kz.rudny.cabinet.library.catalogue.entity.Reservation;

/** The library's school data; every id from outside is resolved here, through the tenant filter. */
@ApplicationScoped
public class Holdings {

    @PersistenceContext(unitName = "library")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    public EntityManager data() {
        return tenancy.schoolData(em);
    }

    public CatalogueTitle title(long id) {
        return found(data().find(CatalogueTitle.class, id), "Title", id);
    }

    public CatalogueCopy copy(long id) {
        return found(data().find(CatalogueCopy.class, id), "Copy", id);
    }

    public Loan loan(long id) {
        return found(data().find(Loan.class, id), "Loan", id);
    }

    public Reservation reservation(long id) {
        return found(data().find(Reservation.class, id), "Reservation", id);
    }

    public Optional<Loan> openLoan(CatalogueCopy copy) {
        return data().createQuery("SELECT l FROM Loan l WHERE l.copy = :c AND l.returnedAt IS NULL", Loan.class)
                .setParameter("c", copy).getResultStream().findFirst();
    }

    public List<Loan> openLoans(CatalogueTitle title) {
        return data().createQuery("SELECT l FROM Loan l WHERE l.copy.title = :t AND l.returnedAt IS NULL", Loan.class)
                .setParameter("t", title).getResultList();
    }

    /** The open reservations of a title, first come first. */
    public List<Reservation> queue(CatalogueTitle title) {
        return data().createQuery("SELECT r FROM Reservation r WHERE r.title = :t AND r.closedAt IS NULL "
                + "ORDER BY r.reservedAt, r.id", Reservation.class).setParameter("t", title).getResultList();
    }

    public boolean inventoryNumberTaken(String inventoryNumber) {
        return !data().createQuery("SELECT c.id FROM CatalogueCopy c WHERE c.inventoryNumber = :n", Long.class)
                .setParameter("n", inventoryNumber).setMaxResults(1).getResultList().isEmpty();
    }

    private static <T> T found(T entity, String what, long id) {
        if (entity == null) {
            throw new NotFoundException(what, id);
        }
        return entity;
    }
}
