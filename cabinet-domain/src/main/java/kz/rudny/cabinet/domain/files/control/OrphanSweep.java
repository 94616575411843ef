package kz.rudny.cabinet.domain.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.files.boundary.StoredFileOwner;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import kz.rudny.cabinet.domain.platform.boundary.RoutineLeases;

/**
 * At start, removes stored files that no record of any module names (left by a crash between writing a file and
 * committing its record) and half-written uploads. Files younger than an hour are left alone. Every
 * {@link StoredFileOwner} (one per feature that keeps stored names) is asked for its names; when one of them
 * cannot answer, nothing is swept this time, so a file is never deleted because its owner was not heard.
 */
@ApplicationScoped
public class OrphanSweep {

    static final Duration MIN_AGE = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(OrphanSweep.class.getName());

    @Inject
    FileStore store;

    @Inject
    @Any
    Instance<StoredFileOwner> owners;

    @Inject
    RoutineLeases leases;

    /** At start; in a cluster, by the first of the servers starting within ten minutes (the files folder is shared). */
    void sweep(@Observes PlatformStarted started) {
        leases.watch(OrphanSweep.class.getSimpleName());
        if (leases.take(OrphanSweep.class.getSimpleName(), Duration.ofMinutes(10))) {
            sweep(started.schoolIds(), owners);
            leases.finished(OrphanSweep.class.getSimpleName());
        }
    }

    /** Sweeps with the names the owners give for these schools; returns how many files were deleted. */
    int sweep(List<Long> schoolIds, Iterable<? extends StoredFileOwner> fileOwners) {
        Set<String> referenced = new HashSet<>();
        for (StoredFileOwner owner : fileOwners) {
            try {
                referenced.addAll(owner.storedNames(schoolIds));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "No stored file swept: " + owner.getClass().getName()
                        + " could not tell which stored names it uses", e);
                return 0;
            }
        }
        int removed = store.sweepOrphans(referenced::contains, MIN_AGE);
        if (removed > 0) {
            LOG.info("Removed " + removed + " stored files that no record names");
        }
        return removed;
    }
}
