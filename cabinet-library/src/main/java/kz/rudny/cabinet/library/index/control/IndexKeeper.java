package kz.rudny.cabinet.library.index.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.Optional;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.platform.boundary.ConfigKeys;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import kz.rudny.cabinet.library.index.boundary.DocumentRemoved;
import kz.rudny.cabinet.library.index.boundary.DocumentsChanged;
import kz.rudny.cabinet.library.index.boundary.EmptyIndexFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The library's one search index of this server, in {@code cabinet.index.dir/library} (by default
 * {@code cabinet.data.dir/index/library}), opened on first use and closed with the application. Changes arrive as
 * {@link DocumentsChanged} and {@link DocumentRemoved} events and are applied only after their transaction
 * committed, so a rolled-back change is never found; the other servers of a cluster get them through the change log
 * ({@link IndexChangeLog}, {@link IndexFollower}). An index found empty at start is announced
 * ({@link EmptyIndexFound}) so that the features owning the documents put them back.
 *
 * <p>After a crash the index may lag behind the database: a change committed to the database just before the
 * server died may not have reached the index, or a material's text may not have been read yet. So a file
 * {@value #CLOSED_CLEANLY} is written beside the index when it is closed with the application and deleted when it is
 * opened; an index opened without it (the server was killed, or lost its power) is emptied at start and rebuilt
 * from the database like an empty one.
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

    static final String CLOSED_CLEANLY = "library.closed-cleanly";

    @Inject
    IndexFollower follower;

    private LibraryIndex index;
    private boolean wasEmpty;
    private boolean notClosedCleanly;

    public synchronized LibraryIndex index() {
        if (index == null) {
            index = LibraryIndex.open(folder().resolve("library"));
            wasEmpty = index.isEmpty();
            try {
                notClosedCleanly = !Files.deleteIfExists(cleanMark()) && !wasEmpty;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    private Path folder() {
        return indexDir.map(Path::of).orElse(Path.of(dataDir, "index"));
    }

    void started(@Observes PlatformStarted started) {
        boolean rebuild;
        synchronized (this) {
            index();
            if (notClosedCleanly) {
                LOG.warning("Search index not closed cleanly (the server stopped without closing it): emptied and "
                        + "rebuilt from the database");
                index.clear();
                notClosedCleanly = false;
                wasEmpty = true;
            }
            rebuild = wasEmpty;
        }
        long rebuiltFrom = -1;
        if (rebuild) {
            LOG.info("Search index empty: rebuilt from the database");
            rebuiltFrom = follower.positionBeforeRebuild();
            foundEmpty.fire(new EmptyIndexFound(started.schoolIds()));
        }
        follower.start(folder(), rebuiltFrom);
    }

    private Path cleanMark() {
        return folder().resolve(CLOSED_CLEANLY);
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
            try {
                Files.createFile(cleanMark());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Search index closed, but not marked so: rebuilt at the next start", e);
            }
        }
    }
}
