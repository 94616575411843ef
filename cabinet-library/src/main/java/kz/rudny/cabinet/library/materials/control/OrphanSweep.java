package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;

/**
 * At start, removes stored files that no record names (left by a crash between writing a file and committing
 * its record) and half-written uploads. Files younger than an hour are left alone.
 */
@ApplicationScoped
public class OrphanSweep {

    private static final Logger LOG = Logger.getLogger(OrphanSweep.class.getName());

    @Inject
    FileStore store;

    @Inject
    Shelf shelf;

    @Transactional
    void sweep(@Observes PlatformStarted started) {
        int removed = store.sweepOrphans(shelf.storedNames()::contains, Duration.ofHours(1));
        if (removed > 0) {
            LOG.info("Removed " + removed + " stored files that no material names");
        }
    }
}
