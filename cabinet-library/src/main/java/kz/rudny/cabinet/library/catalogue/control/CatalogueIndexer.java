package kz.rudny.cabinet.library.catalogue.control;

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
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.catalogue.entity.CatalogueTitle;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.DocumentsChanged;
import kz.rudny.cabinet.library.index.boundary.Facet;
import kz.rudny.cabinet.library.index.boundary.GradeRange;
import kz.rudny.cabinet.library.index.boundary.EmptyIndexFound;
import kz.rudny.cabinet.library.index.boundary.SearchDocument;

/**
 * Keeps the catalogue's titles in the library's search index: a change is indexed only after its transaction
 * committed (a rolled-back change is never found), and an index found empty at start gets every school's titles again.
 */
@ApplicationScoped
public class CatalogueIndexer {

    private static final Logger LOG = Logger.getLogger(CatalogueIndexer.class.getName());

    @Inject
    Holdings holdings;

    @Inject
    Tenancy tenancy;

    @Inject
    Event<DocumentsChanged> changes;

    /** This bean through its proxy, for a transaction per school while rebuilding. */
    @Inject
    CatalogueIndexer self;

    /** Indexes the title as it stands in the current transaction, once that commits. */
    public void put(CatalogueTitle title) {
        changes.fire(DocumentsChanged.of(document(tenancy.currentSchool().orElseThrow(), title)));
    }

    void rebuild(@Observes EmptyIndexFound empty) {
        int titles = 0;
        for (long school : empty.schoolIds()) {
            titles += tenancy.asSchool(school, () -> self.indexSchool(school));
        }
        LOG.info("Search index: " + titles + " catalogue titles indexed from the database");
    }

    @Transactional
    public int indexSchool(long schoolId) {
        List<CatalogueTitle> titles = holdings.data().createQuery("SELECT t FROM CatalogueTitle t", CatalogueTitle.class)
                .getResultList();
        changes.fire(DocumentsChanged.rebuilt(titles.stream().map(t -> document(schoolId, t)).toList()));
        return titles.size();
    }

    /** A title is found by its title, authors, publisher, ISBN, shelf and annotation. */
    static SearchDocument document(long schoolId, CatalogueTitle t) {
        Map<Facet, Set<String>> facets = new EnumMap<>(Facet.class);
        facets.put(Facet.TYPE, Set.of(t.getType().name()));
        if (t.getLanguage() != null) {
            facets.put(Facet.LANGUAGE, Set.of(t.getLanguage().name()));
        }
        if (t.getSubjectId() != null) {
            facets.put(Facet.SUBJECT, Set.of(t.getSubjectId().toString()));
        }
        facets.put(Facet.GRADE, GradeRange.values(t.getGradeFrom(), t.getGradeTo()));
        String keywords = String.join("\n", nonNull(t.getAuthors()), nonNull(t.getPublisher()), nonNull(t.getIsbn()),
                nonNull(t.getShelfPlace()));
        return new SearchDocument(DocumentKind.TITLE, schoolId, t.getId(), false, t.getTitle(), t.getAnnotation(), "",
                keywords, facets, t.getCreatedAt().toEpochSecond(ZoneOffset.UTC));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
