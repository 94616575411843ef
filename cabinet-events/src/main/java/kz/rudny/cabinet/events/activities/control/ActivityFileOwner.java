package kz.rudny.cabinet.events.activities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.rudny.cabinet.domain.files.boundary.StoredFileOwner;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/**
 * Tells the start-up orphan sweep which stored files events keep: read school by school through the viewer filter
 * (a school's own event's files by its school, an open or district event's by any), so every row is named.
 */
@ApplicationScoped
public class ActivityFileOwner implements StoredFileOwner {

    @Inject
    ActivityRecords records;

    @Inject
    Tenancy tenancy;

    /** This bean through its proxy, for a transaction per school. */
    @Inject
    ActivityFileOwner self;

    @Override
    public Set<String> storedNames(List<Long> schoolIds) {
        Set<String> names = new HashSet<>();
        for (long school : schoolIds) {
            names.addAll(tenancy.asSchool(school, self::ofCurrentSchool));
        }
        return names;
    }

    @Transactional
    public List<String> ofCurrentSchool() {
        return records.data().createQuery("SELECT f.storedName FROM ActivityFile f", String.class).getResultList();
    }
}
