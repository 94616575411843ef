package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.rudny.cabinet.domain.files.boundary.StoredFileOwner;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/**
 * Tells the start-up orphan sweep which stored files the materials use: every version of every material file,
 * read school by school through the tenant filter (the persistence unit allows no unfiltered native SQL).
 */
@ApplicationScoped
public class MaterialFileOwner implements StoredFileOwner {

    @Inject
    Shelf shelf;

    @Inject
    Tenancy tenancy;

    /** This bean through its proxy, for a transaction per school. */
    @Inject
    MaterialFileOwner self;

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
        return shelf.storedNames();
    }
}
