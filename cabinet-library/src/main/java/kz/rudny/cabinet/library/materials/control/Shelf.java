package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.association.boundary.AssociationView;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.subject.boundary.Subjects;
import kz.rudny.cabinet.library.materials.boundary.DistrictStanding;
import kz.rudny.cabinet.library.materials.boundary.MaterialCopy;
import kz.rudny.cabinet.library.materials.boundary.Placements;
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

    @Inject
    Reader reader;

    @Inject
    Instance<DistrictStanding> standings;

    @Inject
    Instance<Placements> placements;

    public EntityManager data() {
        return tenancy.schoolData(em);
    }

    public Material material(long id) {
        Material m = data().find(Material.class, id);
        if (m == null) {
            throw new NotFoundException("Material", id);
        }
        return m;
    }

    /** A material the caller may see (see {@link Reader#maySee}); any other id is "not found". */
    public Material visible(long id) {
        Material m = material(id);
        if (!reader.maySee(m)) {
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

    /** The material's standing in the district exchange, as the exchange tells it. */
    public ShareState shareState(Material m) {
        return standings.stream().map(s -> s.of(m.getId())).filter(s -> s != ShareState.NONE).findFirst()
                .orElse(ShareState.NONE);
    }

    /** The corners the material is placed in, as the corners tell it. */
    public Set<Long> cornersOf(Material m) {
        return placements.stream().flatMap(p -> p.cornersOf(m.getId()).stream()).collect(Collectors.toSet());
    }

    /** What the district exchange copies of the material when it is shared. */
    public MaterialCopy copy(Material m) {
        return new MaterialCopy(m.getId(), m.getTitleKk(), m.getTitleRu(), m.getDescription(), m.getSubjectId(),
                m.getGradeFrom(), m.getGradeTo(), m.getType(), m.getLanguage(), m.getAcademicYear(), m.getTags(),
                m.getAuthorName(), m.getAuthorPosition(), m.currentFiles().stream()
                        .map(f -> new MaterialCopy.CopiedFile(f.getOriginalName(), f.getStoredName(), f.getKind(),
                                f.getSize(), f.getSha256())).toList());
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

    /** The stored names the current school's material files use, every version (for the orphan sweep). */
    public List<String> storedNames() {
        return data().createQuery("SELECT f.storedName FROM MaterialFile f", String.class).getResultList();
    }
}
