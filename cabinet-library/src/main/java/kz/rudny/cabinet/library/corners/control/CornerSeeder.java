package kz.rudny.cabinet.library.corners.control;

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
import kz.rudny.cabinet.library.corners.boundary.SeedCorner;
import kz.rudny.cabinet.library.corners.entity.Corner;

/** Every school has the seed document's corners: made with a new school, and at start for any school missing them. */
@ApplicationScoped
public class CornerSeeder {

    @PersistenceContext(unitName = "library")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    /** This bean through its proxy, for a transaction per school. */
    @Inject
    CornerSeeder self;

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

    /** Creates the missing seed corners of the current school (inside the caller's transaction). */
    public void seedCurrentSchool() {
        EntityManager data = tenancy.schoolData(em);
        List<SeedCorner> present = data.createQuery("SELECT c.seed FROM Corner c WHERE c.seed IS NOT NULL",
                SeedCorner.class).getResultList();
        int position = data.createQuery("SELECT COUNT(c) FROM Corner c", Long.class).getSingleResult().intValue();
        for (SeedCorner seed : SeedCorner.values()) {
            if (!present.contains(seed)) {
                data.persist(Corner.seeded(seed, position++));
            }
        }
    }
}
