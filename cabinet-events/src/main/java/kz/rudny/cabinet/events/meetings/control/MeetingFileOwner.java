package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.rudny.cabinet.domain.files.boundary.StoredFileOwner;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/** Tells the start-up orphan sweep which stored files meetings keep, school by school through the tenant filter. */
@ApplicationScoped
public class MeetingFileOwner implements StoredFileOwner {

    @Inject
    MeetingRecords records;

    @Inject
    Tenancy tenancy;

    /** This bean through its proxy, for a transaction per school. */
    @Inject
    MeetingFileOwner self;

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
        return records.data().createQuery("SELECT f.storedName FROM MeetingFile f", String.class).getResultList();
    }
}
