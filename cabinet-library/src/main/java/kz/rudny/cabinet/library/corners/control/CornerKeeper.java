package kz.rudny.cabinet.library.corners.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.materials.boundary.MaterialDeleted;

/** Keeps the corners consistent: a deleted material leaves every corner, in the deleting transaction. */
@ApplicationScoped
public class CornerKeeper {

    @PersistenceContext(unitName = "library")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    void materialDeleted(@Observes MaterialDeleted deleted) {
        tenancy.schoolData(em).createQuery("DELETE FROM CornerItem i WHERE i.materialId = :m")
                .setParameter("m", deleted.materialId()).executeUpdate();
    }
}
