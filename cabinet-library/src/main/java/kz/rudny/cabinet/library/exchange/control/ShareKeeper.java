package kz.rudny.cabinet.library.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import kz.rudny.cabinet.library.materials.control.MaterialDeleted;
import kz.rudny.cabinet.library.materials.control.MaterialIndexer;

/**
 * Keeps the district exchange consistent: a material its school deletes leaves the district in the same
 * transaction, and a withdrawn share leaves the district's search.
 */
@ApplicationScoped
public class ShareKeeper {

    @Inject
    SharedShelf shared;

    @Inject
    MaterialIndexer indexer;

    /** After a withdrawal commits, the school's index entry stops showing in the district. */
    void withdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShareWithdrawn withdrawn) {
        indexer.reindexFor(withdrawn.originSchoolId(), withdrawn.materialId());
    }

    void materialDeleted(@Observes MaterialDeleted deleted) {
        shared.shareOf(deleted.schoolId(), deleted.materialId()).filter(s -> s.isLive())
                .ifPresent(s -> s.withdraw(deleted.by(), null, LocalDateTime.now(ZoneOffset.UTC)));
    }
}
