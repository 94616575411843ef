package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import kz.rudny.cabinet.domain.association.boundary.AssociationView;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.subject.boundary.Subjects;
import kz.rudny.cabinet.library.exchange.entity.DistrictShare;
import kz.rudny.cabinet.library.materials.boundary.ShareState;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.materials.entity.Material;
import kz.rudny.cabinet.library.materials.entity.MaterialFile;

/** The school's materials; every id from outside is resolved here, through the tenant filter. */
@ApplicationScoped
public class Shelf {

    @PersistenceContext(unitName = "library")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Associations associations;

    @Inject
    Subjects subjects;

    public EntityManager data() {
        return tenancy.schoolData(em);
    }

    /** The library's own EntityManager for district-level records (the exchange, feedback, certificates). */
    public EntityManager district() {
        return em;
    }

    public Material material(long id) {
        Material m = data().find(Material.class, id);
        if (m == null) {
            throw new NotFoundException("Material", id);
        }
        return m;
    }

    public MaterialFile file(long id) {
        MaterialFile f = data().find(MaterialFile.class, id);
        if (f == null) {
            throw new NotFoundException("MaterialFile", id);
        }
        return f;
    }

    public long schoolId() {
        return tenancy.currentSchool().orElseThrow();
    }

    /** The material's standing in the district exchange (kept at district level, see {@link DistrictShare}). */
    public ShareState shareState(Material m) {
        return em.createQuery("SELECT s.state FROM DistrictShare s WHERE s.originSchoolId = :school "
                + "AND s.materialId = :id", ShareState.class).setParameter("school", schoolId())
                .setParameter("id", m.getId()).getResultStream().findFirst().orElse(ShareState.NONE);
    }

    /** An association of the caller's school, or a refusal naming the field. */
    public AssociationView association(long id) {
        try {
            return associations.view(id);
        } catch (NotFoundException e) {
            throw new InvalidInputException("associationId", "association.unknown");
        }
    }

    public List<Long> associationsHeadedBy(long staffId) {
        return associations.all().stream().filter(a -> a.headId() != null && a.headId() == staffId)
                .map(AssociationView::id).toList();
    }

    public boolean subjectExists(long subjectId) {
        return subjects.all(Language.EN).stream().anyMatch(s -> s.id() == subjectId);
    }

    /** The stored names the current school's material files use (for the orphan sweep). */
    public List<String> storedNames() {
        return data().createQuery("SELECT f.storedName FROM MaterialFile f", String.class).getResultList();
    }
}
