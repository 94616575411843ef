package kz.rudny.cabinet.domain.files.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesAfterCommitTest {

    @TempDir
    Path root;

    private FileStore store;
    private FakeTransaction transaction;
    private FilesAfterCommit files;

    @BeforeEach
    void setUp() {
        store = new FileStore(root);
        transaction = new FakeTransaction();
        files = transaction.filesAfterCommit(store);
    }

    @Test
    void aFileWrittenForATransactionThatRollsBackIsRemoved() throws Exception {
        Path written = write();

        transaction.rollBack();

        assertFalse(Files.exists(written));
    }

    @Test
    void aFileWrittenForATransactionThatCommitsStays() throws Exception {
        Path written = write();

        transaction.commit();

        assertTrue(Files.exists(written));
    }

    @Test
    void aFileWhoseRecordIsDeletedGoesOnlyOnceTheDeletionCommits() throws Exception {
        Path kept = saved();
        Path deleted = saved();
        files.deleteWhenCommitted(kept.getFileName().toString());
        files.deleteWhenCommitted(deleted.getFileName().toString());

        assertTrue(Files.exists(deleted), "nothing is deleted before the transaction ends");
        transaction.rollBack();
        assertTrue(Files.exists(kept), "a deletion that rolled back keeps the file");

        files.deleteWhenCommitted(deleted.getFileName().toString());
        transaction.commit();
        assertFalse(Files.exists(deleted));
    }

    @Test
    void aFailedCleanUpDoesNotBreakTheTransactionsEnd() throws Exception {
        Path written = write();
        Files.delete(written);
        Files.createDirectory(written); // cannot be deleted while it has content
        Files.writeString(written.resolve("x"), "x");

        transaction.rollBack(); // logged, left for the start-up sweep

        assertTrue(Files.exists(written));
    }

    /** A file written for the current transaction. */
    private Path write() throws Exception {
        Path path = saved();
        files.keepOnlyIfCommitted(path.getFileName().toString());
        return path;
    }

    private Path saved() throws Exception {
        return store.path(store.save(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10).storedName());
    }
}
