package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.platform.boundary.DemoBenchSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.boundary.MaterialType;
import kz.rudny.cabinet.library.materials.entity.Material;

/**
 * The materials' part of the reporting benchmark's data: in each academic year about every other teacher publishes a
 * material (no file) on a seeded day already past, and about one in five writes one that stays a draft. They are not
 * put in the search index: the benchmark measures the dashboard, and its server is thrown away.
 */
@ApplicationScoped
public class MaterialsBenchDemo {

    private static final MaterialType[] TYPES = MaterialType.values();

    @Inject
    Shelf shelf;

    @Inject
    Settings settings;

    void schoolLoaded(@Observes DemoBenchSchoolLoaded school) {
        Random random = school.random("materials");
        LocalDate today = LocalDate.now(settings.timeZone());
        EntityManager data = shelf.data();
        for (int year : school.years()) {
            for (DemoBenchSchoolLoaded.Teacher t : school.teachers()) {
                int draw = random.nextInt(10);
                LocalDate day = DemoBenchSchoolLoaded.dayIn(random, year);
                if (draw >= 7 || !day.isBefore(today)) {
                    continue;
                }
                LocalDateTime at = day.atTime(12, 0);
                Material m = new Material(t.staffId(), t.fullName(), "Мұғалім", at);
                m.describe("Есеп материалы " + year + "-" + t.staffId(), "Материал для замера " + year + "-"
                        + t.staffId(), null, null, 5, 9, TYPES[random.nextInt(TYPES.length)],
                        random.nextBoolean() ? Language.KK : Language.RU, null, year, null, at);
                if (draw < 5) {
                    m.moveTo(MaterialStatus.PUBLISHED, at);
                }
                data.persist(m);
            }
        }
        data.flush();
    }
}
