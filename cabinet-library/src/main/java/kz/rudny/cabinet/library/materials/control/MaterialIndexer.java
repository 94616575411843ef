package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.entity.Material;
import kz.rudny.cabinet.library.materials.entity.MaterialFile;
import kz.rudny.cabinet.library.search.control.DocumentKind;
import kz.rudny.cabinet.library.search.control.Facet;
import kz.rudny.cabinet.library.search.control.GradeRange;
import kz.rudny.cabinet.library.search.control.IndexChange;
import kz.rudny.cabinet.library.search.control.SearchDocument;
import kz.rudny.cabinet.library.search.control.SearchIndex;

/**
 * Keeps the search index in step with the school's materials: a published material is found by its titles,
 * description, tags, author and the text inside its current files; anything else (draft, submitted,
 * returned, deleted) is not in the index. The document is built inside the changing transaction and applied
 * after it commits.
 */
@ApplicationScoped
public class MaterialIndexer {

    private static final Logger LOG = Logger.getLogger(MaterialIndexer.class.getName());

    @Inject
    Shelf shelf;

    @Inject
    FileStore store;

    @Inject
    TextExtractor extractor;

    @Inject
    Tenancy tenancy;

    @Inject
    Event<IndexChange> changes;

    @Inject
    SearchIndex index;

    /** This bean through its proxy, for a transaction of its own. */
    @Inject
    MaterialIndexer self;

    /** The material as it stands now: indexed if published, else taken out. */
    public void put(Material m) {
        if (m.getStatus() == MaterialStatus.PUBLISHED) {
            changes.fire(IndexChange.put(document(shelf.schoolId(), m)));
        } else {
            remove(m);
        }
    }

    public void remove(Material m) {
        changes.fire(IndexChange.remove(DocumentKind.MATERIAL, shelf.schoolId(), m.getId()));
    }

    /**
     * Re-indexes one material of a named school, as system work (the district withdrew its share, so the
     * school's entry loses its district flag). The school id comes from the share record, never a request.
     */
    public void reindexFor(long schoolId, long materialId) {
        tenancy.asSchool(schoolId, () -> {
            self.reindex(materialId);
            return null;
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reindex(long materialId) {
        Material m = shelf.data().find(Material.class, materialId);
        if (m != null) {
            put(m);
        }
    }

    /** A missing index is rebuilt from the database at start: every school's published materials. */
    void rebuildIfMissing(@Observes PlatformStarted started) {
        if (!index.needsRebuild()) {
            return;
        }
        int materials = 0;
        for (long school : started.schoolIds()) {
            materials += tenancy.asSchool(school, () -> self.indexSchool());
        }
        LOG.info("Search index: " + materials + " published materials indexed from the database");
    }

    @Transactional
    public int indexSchool() {
        List<SearchDocument> documents = documentsOfSchool();
        index.index().putAll(documents);
        return documents.size();
    }

    /** Every published material of the current school, for a rebuild. */
    public List<SearchDocument> documentsOfSchool() {
        long school = shelf.schoolId();
        return shelf.data().createQuery("SELECT m FROM Material m WHERE m.status = :s", Material.class)
                .setParameter("s", MaterialStatus.PUBLISHED).getResultStream().map(m -> document(school, m)).toList();
    }

    private SearchDocument document(long school, Material m) {
        Map<Facet, Set<String>> facets = new EnumMap<>(Facet.class);
        facets.put(Facet.TYPE, Set.of(m.getType().name()));
        facets.put(Facet.LANGUAGE, Set.of(m.getLanguage().name()));
        facets.put(Facet.ACADEMIC_YEAR, Set.of(Integer.toString(m.getAcademicYear())));
        if (m.getSubjectId() != null) {
            facets.put(Facet.SUBJECT, Set.of(m.getSubjectId().toString()));
        }
        facets.put(Facet.GRADE, GradeRange.values(m.getGradeFrom(), m.getGradeTo()));
        facets.put(Facet.CORNER, shelf.data().createQuery("SELECT i.corner.id FROM CornerItem i WHERE i.material = :m",
                Long.class).setParameter("m", m).getResultStream().map(String::valueOf).collect(Collectors.toSet()));
        StringBuilder body = new StringBuilder();
        for (MaterialFile f : m.currentFiles()) {
            if (f.getKind().hasText()) {
                body.append(extractor.text(store.path(f.getStoredName()), f.getKind())).append('\n');
            }
        }
        String titles = m.getTitleKk() == null ? m.getTitleRu()
                : m.getTitleRu() == null ? m.getTitleKk() : m.getTitleKk() + "\n" + m.getTitleRu();
        String keywords = String.join("\n", m.getAuthorName(), m.getTags() == null ? "" : m.getTags());
        boolean shared = shelf.shareState(m).isVisibleInDistrict();
        long sortKey = (m.getPublishedAt() != null ? m.getPublishedAt() : m.getUpdatedAt()).toEpochSecond(ZoneOffset.UTC);
        return new SearchDocument(DocumentKind.MATERIAL, school, m.getId(), shared, titles, m.getDescription(),
                body.toString(), keywords, facets, sortKey);
    }
}
