package kz.rudny.cabinet.library.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.file.Path;
import kz.rudny.cabinet.domain.platform.boundary.ConfigKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The library's one search index, beside the database in {@code cabinet.data.dir/index/library}, opened on
 * first use and closed with the application. Changes arrive as {@link IndexChange} events and are applied
 * only after their transaction committed, so a rolled-back change is never found.
 */
@ApplicationScoped
public class SearchIndex {

    @Inject
    @ConfigProperty(name = ConfigKeys.DATA_DIR)
    String dataDir;

    private LibraryIndex index;
    private boolean foundEmpty;

    public synchronized LibraryIndex index() {
        if (index == null) {
            index = LibraryIndex.open(Path.of(dataDir, "index", "library"));
            foundEmpty = index.isEmpty();
        }
        return index;
    }

    /** Whether the index was empty (new or deleted) when the application opened it: then it is rebuilt. */
    public synchronized boolean needsRebuild() {
        index();
        return foundEmpty;
    }

    public SearchResult search(SearchRequest request) {
        return index().search(request);
    }

    void apply(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
        if (change.document() != null) {
            index().put(change.document());
        } else {
            index().remove(change.kind(), change.schoolId(), change.id());
        }
    }

    @PreDestroy
    synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
