package kz.rudny.cabinet.library.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import kz.rudny.cabinet.library.materials.boundary.DemoMaterialsLoaded;

/**
 * The exchange's part of the demo data: the material a demo school shared, featured by the district methodologist,
 * and the materials it shared in the previous academic year.
 */
@ApplicationScoped
public class ExchangeDemo {

    @Inject
    ShareCopies copies;

    @Inject
    SharedShelf shared;

    void materialsLoaded(@Observes DemoMaterialsLoaded loaded) {
        for (DemoMaterialsLoaded.Shared earlier : loaded.sharedEarlier()) {
            copies.take(loaded.schoolId(), loaded.schoolName(), earlier.copy(), loaded.sharedBy(), earlier.at());
        }
        if (loaded.sharedCopy() == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        copies.take(loaded.schoolId(), loaded.schoolName(), loaded.sharedCopy(), loaded.sharedBy(), now)
                .feature("Ковалева Ирина Петровна", now);
        shared.data().flush();
    }
}
