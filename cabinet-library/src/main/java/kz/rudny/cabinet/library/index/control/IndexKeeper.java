package kz.rudny.cabinet.library.index.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.platform.boundary.ConfigKeys;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import kz.rudny.cabinet.library.index.boundary.DocumentRemoved;
import kz.rudny.cabinet.library.index.boundary.DocumentsChanged;
import kz.rudny.cabinet.library.index.boundary.EmptyIndexFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The library's one search index, in {@code cabinet.index.dir/library} (by default
 * {@code cabinet.data.dir/index/library}), opened on first use and closed with the application. Changes arrive as {@link DocumentsChanged} and
 * {@link DocumentRemoved} events and are applied only after their transaction committed, so a rolled-back
 * change is never found. An index found empty at start is announced ({@link EmptyIndexFound}) so that the
 * features owning the documents put them back.
 */
@ApplicationScoped
public class IndexKeeper {

    private static final Logger LOG = Logger.getLogger(IndexKeeper.class.getName());

    @Inject
    @ConfigProperty(name = ConfigKeys.DATA_DIR)
    String dataDir;

    @Inject
    @ConfigProperty(name = ConfigKeys.INDEX_DIR)
    Optional<String> indexDir;

    @Inject
    Event<EmptyIndexFound> foundEmpty;

    private LibraryIndex index;
    private boolean wasEmpty;

    public synchronized LibraryIndex index() {
        if (index == null) {
            index = LibraryIndex.open(indexDir.map(Path::of).orElse(Path.of(dataDir, "index")).resolve("library"));
            wasEmpty = index.isEmpty();
        }
        return index;
    }

    void started(@Observes PlatformStarted started) {
        boolean rebuild;
        synchronized (this) {
            index();
            rebuild = wasEmpty;
        }
        if (rebuild) {
            LOG.info("Search index empty: rebuilt from the database");
            foundEmpty.fire(new EmptyIndexFound(started.schoolIds()));
        }
    }

    void put(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentsChanged changed) {
        index().putAll(changed.documents());
    }

    void remove(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentRemoved removed) {
        index().remove(removed.kind(), removed.schoolId(), removed.id());
    }

    @PreDestroy
    synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
