package kz.rudny.cabinet.library.index.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.monitoring.Gauges;
import kz.rudny.cabinet.library.index.entity.IndexChange;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Keeps this server's index up with the changes the other servers of a cluster made: every
 * {@link #EVERY_SECONDS} seconds, applies the change log's rows ({@link IndexChangeLog}) it has not applied yet, in
 * the order of their ids, and remembers the last one in a file beside the index ({@code library-applied}), so a
 * restarted server goes on from there and a rebuilt one from where its rebuild began. A transaction that commits
 * after a later one (its id is lower) is still seen: the rows of the last {@link #LATE} are looked at again, and
 * those already applied skipped. Rows older than {@link #KEPT} are deleted; a server that was away longer is
 * rebuilt ({@code ./cabinet reindex}, README).
 */
@ApplicationScoped
public class IndexFollower {

    static final long EVERY_SECONDS = 2;
    static final Duration LATE = Duration.ofMinutes(2);
    static final Duration KEPT = Duration.ofDays(7);

    private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    IndexChangeLog log;

    @Inject
    IndexKeeper keeper;

    private Path positionFile;
    private long appliedUpTo;
    private final Map<Long, LocalDateTime> recentlyApplied = new HashMap<>();
    private LocalDateTime lastPruned = LocalDateTime.MIN;
    private ScheduledFuture<?> task;
    private volatile Instant caughtUp = Instant.now();

    @Inject
    Gauges gauges;

    /** The change log's newest id, read before a rebuild begins: whatever comes later is applied after it. */
    long positionBeforeRebuild() {
        return log.last();
    }

    /** Starts following; {@code rebuiltFrom} is the position a rebuild began at, or negative when none happened. */
    synchronized void start(Path folder, long rebuiltFrom) {
        positionFile = folder.resolve("library-applied");
        appliedUpTo = rebuiltFrom >= 0 ? rebuiltFrom : readPosition();
        savePosition();
        task = scheduler.scheduleWithFixedDelay(this::followSafely, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        gauges.register("search.index.lag", "Seconds since this server's search index last applied every change the "
                + "cluster committed (about " + EVERY_SECONDS + " while it follows)", MetricUnits.SECONDS,
                () -> Duration.between(caughtUp, Instant.now()).toSeconds());
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void followSafely() {
        try {
            follow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index: the change log could not be read; tried again shortly", e);
        }
    }

    /** Applies what is new in the change log; returns how many changes were applied. */
    synchronized int follow() {
        LocalDateTime now = IndexChangeLog.now();
        recentlyApplied.values().removeIf(at -> at.isBefore(now.minus(LATE).minus(LATE)));
        List<Long> ids = log.notApplied(appliedUpTo, now.minus(LATE)).stream()
                .filter(id -> !recentlyApplied.containsKey(id)).toList();
        int applied = 0;
        for (int from = 0; from < ids.size(); from += 100) {
            for (IndexChange change : log.read(ids.subList(from, Math.min(ids.size(), from + 100)))) {
                apply(change);
                recentlyApplied.put(change.getId(), change.getRecordedAt());
                appliedUpTo = Math.max(appliedUpTo, change.getId());
                applied++;
            }
        }
        if (applied > 0) {
            savePosition();
        }
        caughtUp = Instant.now();
        if (lastPruned.isBefore(now.minusHours(1))) {
            lastPruned = now;
            log.forgetBefore(now.minus(KEPT));
        }
        return applied;
    }

    private void apply(IndexChange change) {
        if (change.isRemoved()) {
            keeper.index().remove(change.getKind(), change.getSchoolId(), change.getDocumentId());
        } else {
            keeper.index().put(IndexChangeLog.deserialize(change.serialized()));
        }
    }

    private long readPosition() {
        try {
            return Files.exists(positionFile)
                    ? Long.parseLong(Files.readString(positionFile, StandardCharsets.US_ASCII).strip())
                    : log.last(); // an index kept before the change log existed: up to date with its own changes
        } catch (IOException | NumberFormatException e) {
            LOG.log(Level.WARNING, "Search index: " + positionFile + " unreadable; following from the newest change", e);
            return log.last();
        }
    }

    private void savePosition() {
        try {
            Path written = positionFile.resolveSibling("library-applied.part");
            Files.writeString(written, Long.toString(appliedUpTo), StandardCharsets.US_ASCII);
            Files.move(written, positionFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Search index: could not write " + positionFile, e);
        }
    }
}
