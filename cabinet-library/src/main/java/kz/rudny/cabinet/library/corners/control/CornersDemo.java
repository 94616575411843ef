package kz.rudny.cabinet.library.corners.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.corners.boundary.SeedCorner;
import kz.rudny.cabinet.library.corners.entity.Corner;
import kz.rudny.cabinet.library.corners.entity.CornerItem;
import kz.rudny.cabinet.library.materials.boundary.DemoMaterialsLoaded;

/**
 * The corners' part of the demo data: the demo materials in the seed corners (national games among the
 * technologies, the open lesson and the analysis template for the young specialist, the open-lesson schedule
 * for everyday use, for thirty days).
 */
@ApplicationScoped
public class CornersDemo {

    @PersistenceContext(unitName = "library")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    CornerSeeder seeder;

    void materialsLoaded(@Observes DemoMaterialsLoaded loaded) {
        seeder.seedCurrentSchool();
        tenancy.schoolData(em).flush();
        place(SeedCorner.TECHNOLOGIES, loaded.materials().get("games"), null);
        place(SeedCorner.YOUNG_SPECIALIST, loaded.materials().get("fractions"), null);
        place(SeedCorner.YOUNG_SPECIALIST, loaded.materials().get("analysis"), null);
        place(SeedCorner.EVERYDAY, loaded.materials().get("schedule"), LocalDate.now(ZoneOffset.UTC).plusDays(30));
    }

    private void place(SeedCorner seed, long materialId, LocalDate expiresOn) {
        EntityManager data = tenancy.schoolData(em);
        Corner corner = data.createQuery("SELECT c FROM Corner c WHERE c.seed = :s", Corner.class)
                .setParameter("s", seed).getSingleResult();
        CornerItem item = new CornerItem(corner, materialId, corner.getItems().size(), expiresOn);
        data.persist(item);
        corner.getItems().add(item);
        data.flush();
    }
}
