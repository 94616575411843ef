package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.rudny.cabinet.domain.files.boundary.StoredFiles;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.DocumentRemoved;
import kz.rudny.cabinet.library.index.boundary.DocumentsChanged;
import kz.rudny.cabinet.library.index.boundary.Facet;
import kz.rudny.cabinet.library.index.boundary.GradeRange;
import kz.rudny.cabinet.library.index.boundary.EmptyIndexFound;
import kz.rudny.cabinet.library.index.boundary.SearchDocument;
import kz.rudny.cabinet.library.materials.boundary.MaterialStandingChanged;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.entity.Material;

/**
 * Keeps the search index in step with the school's materials: a published material is found by its titles,
 * description, tags, author and the text inside its current files; anything else (draft, submitted,
 * returned, deleted) is not in the index. The document is built inside the changing transaction and applied
 * after it commits, without the files' text, which {@link TextExtraction} reads afterwards in the background
 * and puts in with a second document.
 */
@ApplicationScoped
public class MaterialIndexer {

    private static final Logger LOG = Logger.getLogger(MaterialIndexer.class.getName());

    @Inject
    Shelf shelf;

    @Inject
    StoredFiles files;

    @Inject
    TextExtraction extraction;

    @Inject
    Tenancy tenancy;

    @Inject
    Event<DocumentsChanged> changes;

    @Inject
    Event<DocumentRemoved> removals;

    /** This bean through its proxy, for a transaction of its own. */
    @Inject
    MaterialIndexer self;

    /** The material as it stands now: indexed if published, else taken out. */
    public void put(Material m) {
        if (m.getStatus() == MaterialStatus.PUBLISHED) {
            long school = shelf.schoolId();
            changes.fire(DocumentsChanged.of(document(school, m, "")));
            if (hasTextFiles(m)) {
                extraction.afterCommit(school, m.getId(), false);
            }
        } else {
            remove(m);
        }
    }

    public void remove(Material m) {
        removals.fire(new DocumentRemoved(DocumentKind.MATERIAL, shelf.schoolId(), m.getId()));
    }

    /**
     * Re-indexes a material once another feature's change about it committed (placed in a corner, shared,
     * withdrawn by the district), as work for its school: the school id comes from that feature's record.
     */
    void standingChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaterialStandingChanged changed) {
        tenancy.asSchool(changed.schoolId(), () -> {
            self.reindex(changed.materialId());
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

    /** An index found empty at start gets every school's published materials again. */
    void rebuild(@Observes EmptyIndexFound empty) {
        int materials = 0;
        for (long school : empty.schoolIds()) {
            materials += tenancy.asSchool(school, () -> self.indexSchool());
        }
        LOG.info("Search index: " + materials + " published materials indexed from the database");
    }

    @Transactional
    public int indexSchool() {
        List<SearchDocument> documents = documentsOfSchool();
        changes.fire(DocumentsChanged.rebuilt(documents));
        return documents.size();
    }

    /**
     * Every published material of the current school, for a rebuild: the documents without the files' text,
     * which is read in the background once the rebuild's transaction commits (and put in as rebuilt too).
     */
    public List<SearchDocument> documentsOfSchool() {
        long school = shelf.schoolId();
        List<Material> published = shelf.data().createQuery("SELECT m FROM Material m WHERE m.status = :s",
                Material.class).setParameter("s", MaterialStatus.PUBLISHED).getResultList();
        for (Material m : published) {
            if (hasTextFiles(m)) {
                extraction.afterCommit(school, m.getId(), true);
            }
        }
        return published.stream().map(m -> document(school, m, "")).toList();
    }

    /** The current files of a published material that may hold text; none if it is no longer published. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<TextExtraction.IndexedFile> filesWithText(long materialId) {
        Material m = shelf.data().find(Material.class, materialId);
        return m == null || m.getStatus() != MaterialStatus.PUBLISHED ? List.of() : filesWithText(m);
    }

    /**
     * The material's document with the text read from its files, unless it changed meanwhile (no longer
     * published, or other files): then the change that did it has its own reading on the way. The text read for a
     * rebuild goes into this server's index only.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void putWithText(long materialId, List<TextExtraction.IndexedFile> read, String text, boolean rebuilt) {
        Material m = shelf.data().find(Material.class, materialId);
        if (m != null && m.getStatus() == MaterialStatus.PUBLISHED && filesWithText(m).equals(read)) {
            SearchDocument document = document(shelf.schoolId(), m, text);
            changes.fire(rebuilt ? DocumentsChanged.rebuilt(List.of(document)) : DocumentsChanged.of(document));
        }
    }

    private static boolean hasTextFiles(Material m) {
        return m.currentFiles().stream().anyMatch(f -> f.getKind().hasText());
    }

    private List<TextExtraction.IndexedFile> filesWithText(Material m) {
        return m.currentFiles().stream().filter(f -> f.getKind().hasText())
                .map(f -> new TextExtraction.IndexedFile(f.getStoredName(), files.path(f.getStoredName()), f.getKind()))
                .toList();
    }

    private SearchDocument document(long school, Material m, String body) {
        Map<Facet, Set<String>> facets = new EnumMap<>(Facet.class);
        facets.put(Facet.TYPE, Set.of(m.getType().name()));
        facets.put(Facet.LANGUAGE, Set.of(m.getLanguage().name()));
        facets.put(Facet.ACADEMIC_YEAR, Set.of(Integer.toString(m.getAcademicYear())));
        if (m.getSubjectId() != null) {
            facets.put(Facet.SUBJECT, Set.of(m.getSubjectId().toString()));
        }
        facets.put(Facet.GRADE, GradeRange.values(m.getGradeFrom(), m.getGradeTo()));
        facets.put(Facet.CORNER, shelf.cornersOf(m).stream().map(String::valueOf).collect(Collectors.toSet()));
        String titles = m.getTitleKk() == null ? m.getTitleRu()
                : m.getTitleRu() == null ? m.getTitleKk() : m.getTitleKk() + "\n" + m.getTitleRu();
        String keywords = String.join("\n", m.getAuthorName(), m.getTags() == null ? "" : m.getTags());
        boolean shared = shelf.shareState(m).isVisibleInDistrict();
        long sortKey = (m.getPublishedAt() != null ? m.getPublishedAt() : m.getUpdatedAt()).toEpochSecond(ZoneOffset.UTC);
        return new SearchDocument(DocumentKind.MATERIAL, school, m.getId(), shared, titles, m.getDescription(),
                body, keywords, facets, sortKey);
    }
}
