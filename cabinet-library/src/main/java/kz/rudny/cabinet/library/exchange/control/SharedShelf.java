package kz.rudny.cabinet.library.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.library.exchange.entity.DistrictShare;
import kz.rudny.cabinet.library.exchange.entity.DistrictShareFile;

/** The district exchange's records: shares of materials, read across schools by design. */
@ApplicationScoped
public class SharedShelf {

    @PersistenceContext(unitName = "library")
    EntityManager em;

    public EntityManager data() {
        return em;
    }

    public DistrictShare share(long id) {
        DistrictShare s = em.find(DistrictShare.class, id);
        if (s == null) {
            throw new NotFoundException("DistrictShare", id);
        }
        return s;
    }

    public DistrictShareFile file(long id) {
        DistrictShareFile f = em.find(DistrictShareFile.class, id);
        if (f == null) {
            throw new NotFoundException("DistrictShareFile", id);
        }
        return f;
    }

    public Optional<DistrictShare> shareOf(long schoolId, long materialId) {
        return em.createQuery("SELECT s FROM DistrictShare s WHERE s.originSchoolId = :school AND s.materialId = :id",
                DistrictShare.class).setParameter("school", schoolId).setParameter("id", materialId)
                .getResultStream().findFirst();
    }
}
