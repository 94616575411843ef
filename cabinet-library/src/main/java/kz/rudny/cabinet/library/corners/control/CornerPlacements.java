package kz.rudny.cabinet.library.corners.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.materials.boundary.Placements;

/** Tells the materials feature which corners of the current school a material is placed in. */
@ApplicationScoped
public class CornerPlacements implements Placements {

    @PersistenceContext(unitName = "library")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Override
    public Set<Long> cornersOf(long materialId) {
        return new HashSet<>(tenancy.schoolData(em).createQuery("SELECT i.corner.id FROM CornerItem i "
                + "WHERE i.materialId = :m", Long.class).setParameter("m", materialId).getResultList());
    }
}
