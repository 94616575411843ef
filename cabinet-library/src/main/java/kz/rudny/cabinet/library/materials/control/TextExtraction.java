package kz.rudny.cabinet.library.materials.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.domain.platform.boundary.PlatformStarted;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.domain.transactions.AfterTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the text inside a published material's files in the background, never in the request or the start-up that
 * published or re-indexed it: the material is in the index by its titles, description and tags from the moment its
 * change commits, and its document is replaced by one with the files' text once that text has been read. The
 * committing thread only queues the material; every second a task on the server's default managed scheduled
 * executor takes the queue one material at a time, has its files read on the default managed executor and waits
 * for them at most the time limit. (Handing work to a managed executor straight from a request thread gives the
 * task a copy of the request's invocation, and its end then closed the request's own entity managers.) A file
 * larger than {@code cabinet.extraction.max-file-bytes} is not read, and a material whose files take longer than
 * {@code cabinet.extraction.max-seconds} is given up (the reading thread is interrupted, which stops
 * {@link TextExtractor}); either way it stays found by its titles and description only, and the log says so.
 */
@ApplicationScoped
public class TextExtraction {

    public static final String MAX_SECONDS = "cabinet.extraction.max-seconds";
    public static final String MAX_FILE_BYTES = "cabinet.extraction.max-file-bytes";

    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

    /** The server's default managed executor: reads the files. */
    @Resource
    ManagedExecutorService readers;

    /** The server's default managed scheduled executor: takes the queue and keeps the time limit. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AfterTransaction after;

    @Inject
    TextExtractor extractor;

    @Inject
    MaterialIndexer indexer;

    @Inject
    Tenancy tenancy;

    @Inject
    @ConfigProperty(name = MAX_SECONDS, defaultValue = "60")
    long maxSeconds;

    @Inject
    @ConfigProperty(name = MAX_FILE_BYTES, defaultValue = "26214400")
    long maxFileBytes;

    private final Queue<Queued> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private ScheduledFuture<?> taker;

    synchronized void started(@Observes PlatformStarted started) {
        if (taker == null) {
            taker = scheduler.scheduleWithFixedDelay(this::readQueued, 1, 1, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (taker != null) {
            taker.cancel(false);
        }
    }

    /**
     * The material's text is to be read once the current transaction commits (nothing if it rolls back); for a
     * rebuild ({@code rebuilt}), into this server's index only.
     */
    public void afterCommit(long schoolId, long materialId, boolean rebuilt) {
        after.onCommit(() -> {
            pending.incrementAndGet();
            queue.add(new Queued(schoolId, materialId, rebuilt));
        });
    }

    /** Materials whose text is waiting to be read or being read now. */
    public int pending() {
        return pending.get();
    }

    void readQueued() {
        for (Queued next = queue.poll(); next != null; next = queue.poll()) {
            try {
                read(next);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Text of material " + next.materialId() + " of school " + next.schoolId()
                        + " not indexed; it is found by its titles and description", e);
            } finally {
                pending.decrementAndGet();
            }
        }
    }

    private void read(Queued queued) {
        long schoolId = queued.schoolId();
        long materialId = queued.materialId();
        List<IndexedFile> files = tenancy.asSchool(schoolId, () -> indexer.filesWithText(materialId));
        if (files.isEmpty()) {
            return;
        }
        Future<String> reading = readers.submit(() -> text(files));
        String text;
        try {
            text = reading.get(maxSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            LOG.warning("Text of material " + materialId + " of school " + schoolId + " not read within " + maxSeconds
                    + " s: given up, the material is found by its titles and description");
            return;
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Text of material " + materialId + " not read", e.getCause());
            return;
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            return;
        }
        tenancy.asSchool(schoolId, () -> {
            indexer.putWithText(materialId, files, text, queued.rebuilt());
            return null;
        });
    }

    private String text(List<IndexedFile> files) {
        StringBuilder body = new StringBuilder();
        for (IndexedFile f : files) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            body.append(text(f)).append('\n');
        }
        return body.toString();
    }

    private String text(IndexedFile f) {
        Path path = f.path();
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                LOG.warning("Text of " + path.getFileName() + " not read: " + size + " bytes, more than "
                        + maxFileBytes + " (" + MAX_FILE_BYTES + ")");
                return "";
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Text of " + path.getFileName() + " not read: its size is unknown", e);
            return "";
        }
        return extractor.text(path, f.kind());
    }

    /** A file of a material as it was when its text was read, to check that it is still the current one. */
    public record IndexedFile(String storedName, Path path, FileKind kind) {
    }

    private record Queued(long schoolId, long materialId, boolean rebuilt) {
    }
}
