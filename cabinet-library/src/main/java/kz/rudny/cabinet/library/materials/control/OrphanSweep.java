package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/**
 * At start, removes stored files that no record names (left by a crash between writing a file and committing
 * its record) and half-written uploads. Files younger than an hour are left alone. The names in use are read
 * once, school by school through the tenant filter (the persistence unit allows no unfiltered native SQL).
 */
@ApplicationScoped
public class OrphanSweep {

    private static final Logger LOG = Logger.getLogger(OrphanSweep.class.getName());

    @Inject
    FileStore store;

    @Inject
    Shelf shelf;

    @Inject
    Tenancy tenancy;

    /** This bean through its proxy, for a transaction per school. */
    @Inject
    OrphanSweep self;

    void sweep(@Observes PlatformStarted started) {
        Set<String> known = new HashSet<>();
        for (long school : started.schoolIds()) {
            known.addAll(tenancy.asSchool(school, self::storedNames));
        }
        int removed = store.sweepOrphans(known::contains, Duration.ofHours(1));
        if (removed > 0) {
            LOG.info("Removed " + removed + " stored files that no material names");
        }
    }

    @Transactional
    public List<String> storedNames() {
        return shelf.storedNames();
    }
}
