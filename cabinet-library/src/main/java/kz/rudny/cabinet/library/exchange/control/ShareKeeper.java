package kz.rudny.cabinet.library.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import kz.rudny.cabinet.library.materials.boundary.MaterialDeleted;

/** Keeps the district exchange consistent: a material its school deletes leaves the district in the same transaction. */
@ApplicationScoped
public class ShareKeeper {

    @Inject
    SharedShelf shared;

    void materialDeleted(@Observes MaterialDeleted deleted) {
        shared.shareOf(deleted.schoolId(), deleted.materialId()).filter(s -> s.isLive())
                .ifPresent(s -> s.withdraw(deleted.by(), null, LocalDateTime.now(ZoneOffset.UTC)));
    }
}
