package kz.rudny.cabinet.library.materials.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the text inside a published material's files in the background, on the server's default managed
 * executor (the time limit on its default managed scheduled executor), never in the request or the start-up that
 * published or re-indexed it: the material is in the index by its titles, description and tags from the moment its
 * change commits, and its document is replaced by one with the files' text once that text has been read. A file
 * larger than {@code cabinet.extraction.max-file-bytes} is not read, and a material whose files take longer than
 * {@code cabinet.extraction.max-seconds} is given up (the reading thread is interrupted, which stops
 * {@link TextExtractor}); either way it stays found by its titles and description only, and the log says so.
 */
@ApplicationScoped
public class TextExtraction {

    public static final String MAX_SECONDS = "cabinet.extraction.max-seconds";
    public static final String MAX_FILE_BYTES = "cabinet.extraction.max-file-bytes";

    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

    /** The server's default managed executor: reads the text. */
    @Resource
    ManagedExecutorService readers;

    /**
     * The server's default managed scheduled executor: only rings the time limit's alarm. Never the same threads as
     * the reading (Payara's default scheduled executor may have a single thread, which a reading would hold).
     */
    @Resource
    ManagedScheduledExecutorService alarms;

    @Resource
    TransactionSynchronizationRegistry transactions;

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

    private final AtomicInteger pending = new AtomicInteger();

    /** The material's text is to be read once the current transaction commits (nothing if it rolls back). */
    public void afterCommit(long schoolId, long materialId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    submit(schoolId, materialId);
                }
            }
        });
    }

    /** Materials whose text is waiting to be read or being read now. */
    public int pending() {
        return pending.get();
    }

    private void submit(long schoolId, long materialId) {
        pending.incrementAndGet();
        try {
            readers.execute(() -> {
                try {
                    read(schoolId, materialId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Text of material " + materialId + " of school " + schoolId
                            + " not indexed; it is found by its titles and description", e);
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            pending.decrementAndGet();
            LOG.log(Level.WARNING, "Text of material " + materialId + " not read: the executor refused it", e);
        }
    }

    private void read(long schoolId, long materialId) {
        List<IndexedFile> files = tenancy.asSchool(schoolId, () -> indexer.filesWithText(materialId));
        if (files.isEmpty()) {
            return;
        }
        String text = withinTimeLimit(schoolId, materialId, files);
        if (text != null) {
            tenancy.asSchool(schoolId, () -> {
                indexer.putWithText(materialId, files, text);
                return null;
            });
        }
    }

    /** The files' text, or null when reading them took longer than the limit. */
    private String withinTimeLimit(long schoolId, long materialId, List<IndexedFile> files) {
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> ring = alarms.schedule(alarm::ring, maxSeconds, TimeUnit.SECONDS);
        StringBuilder body = new StringBuilder();
        try {
            for (IndexedFile f : files) {
                if (alarm.rang()) {
                    break;
                }
                body.append(text(f)).append('\n');
            }
        } finally {
            ring.cancel(false);
            alarm.silence();
        }
        if (alarm.rang()) {
            LOG.warning("Text of material " + materialId + " of school " + schoolId + " not read within " + maxSeconds
                    + " s: given up, the material is found by its titles and description");
            return null;
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

    /**
     * Interrupts the reading thread when the time is up, but never after {@link #silence()}: the pooled thread
     * goes on to other work then, which must not be interrupted.
     */
    private static final class Alarm {

        private final Thread reader;
        private boolean silenced;
        private boolean rang;

        Alarm(Thread reader) {
            this.reader = reader;
        }

        synchronized void ring() {
            if (!silenced) {
                rang = true;
                reader.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        synchronized void silence() {
            silenced = true;
            Thread.interrupted();
        }
    }
}
