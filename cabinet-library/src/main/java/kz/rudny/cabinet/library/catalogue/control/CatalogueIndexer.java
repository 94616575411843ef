package kz.rudny.cabinet.library.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.catalogue.entity.CatalogueTitle;
import kz.rudny.cabinet.library.search.control.CatalogueIndex;

/**
 * Keeps the catalogue index in step with the database: a change is indexed only after its transaction
 * committed (a rolled-back change is never found), and a missing index is rebuilt from the database at start.
 */
@ApplicationScoped
public class CatalogueIndexer {

    private static final Logger LOG = Logger.getLogger(CatalogueIndexer.class.getName());

    @Inject
    CatalogueIndex index;

    @Inject
    Holdings holdings;

    @Inject
    Tenancy tenancy;

    /** This bean through its proxy, for a transaction per school while rebuilding. */
    @Inject
    CatalogueIndexer self;

    void indexCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) TitleChanged change) {
        index.put(change.schoolId(), change.titleId(), change.searchableText());
    }

    void rebuildIfMissing(@Observes PlatformStarted started) {
        if (!index.isEmpty()) {
            return;
        }
        int titles = 0;
        for (long school : started.schoolIds()) {
            titles += tenancy.asSchool(school, () -> self.indexSchool(school));
        }
        LOG.info("Catalogue index built from the database: " + titles + " titles");
    }

    @Transactional
    public int indexSchool(long schoolId) {
        List<CatalogueTitle> titles = holdings.data().createQuery("SELECT t FROM CatalogueTitle t", CatalogueTitle.class)
                .getResultList();
        Map<Long, String> texts = new HashMap<>();
        titles.forEach(t -> texts.put(t.getId(), searchableText(t)));
        index.putAll(schoolId, texts);
        return titles.size();
    }

    /** What a title is found by: title, authors, publisher, ISBN, shelf and annotation. */
    public static String searchableText(CatalogueTitle t) {
        StringBuilder text = new StringBuilder(t.getTitle());
        for (String part : new String[] {t.getAuthors(), t.getPublisher(), t.getIsbn(), t.getShelfPlace(),
                t.getAnnotation()}) {
            if (part != null) {
                text.append('\n').append(part);
            }
        }
        return text.toString();
    }
}
