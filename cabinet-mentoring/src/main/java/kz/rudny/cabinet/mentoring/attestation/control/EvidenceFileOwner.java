package kz.rudny.cabinet.mentoring.attestation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.rudny.cabinet.domain.files.boundary.StoredFileOwner;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/** Tells the start-up orphan sweep which stored files the portfolios keep, school by school. */
@ApplicationScoped
public class EvidenceFileOwner implements StoredFileOwner {

    @Inject
    AttestationRecords records;

    @Inject
    Tenancy tenancy;

    /** This bean through its proxy, for a transaction per school. */
    @Inject
    EvidenceFileOwner self;

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
        return records.data().createQuery("SELECT e.fileStoredName FROM Evidence e WHERE e.fileStoredName IS NOT NULL",
                String.class).getResultList();
    }
}
