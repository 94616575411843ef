package kz.rudny.cabinet.library.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import kz.rudny.cabinet.domain.files.boundary.StoredFileOwner;
import kz.rudny.cabinet.library.materials.boundary.ShareState;

/**
 * Tells the start-up orphan sweep which stored files the district's copies use: the files of every share the
 * town can read (shared or featured). A withdrawn share's files are downloaded by no one; while its material
 * lives the material names them, and a deleted material's go after its deletion commits.
 */
@ApplicationScoped
public class SharedFileOwner implements StoredFileOwner {

    @Inject
    SharedShelf shared;

    @Override
    @Transactional
    public List<String> storedNames(List<Long> schoolIds) {
        return shared.data().createQuery("SELECT f.storedName FROM DistrictShareFile f WHERE f.share.state IN :live",
                String.class).setParameter("live", List.of(ShareState.SHARED, ShareState.FEATURED)).getResultList();
    }
}
