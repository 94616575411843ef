package kz.rudny.cabinet.domain.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.rudny.cabinet.domain.transactions.AfterTransaction;

/**
 * Ties stored files to the transaction that records them: a file written for a transaction that rolls back is
 * deleted, and a file whose record is deleted goes only once the deletion committed. With the start-up sweep
 * ({@link OrphanSweep}) no file outlives its record and no record lacks its file, whichever module keeps the
 * record.
 */
@ApplicationScoped
public class FilesAfterCommit {

    @Inject
    AfterTransaction after;

    @Inject
    FileStore store;

    /** The file was just written for the current transaction: delete it unless the transaction commits. */
    public void keepOnlyIfCommitted(String storedName) {
        after.onEnd(committed -> {
            if (!committed) {
                store.delete(storedName);
            }
        });
    }

    /** The file's record is being deleted: delete the file once that commits (a failure: the start-up sweep's). */
    public void deleteWhenCommitted(String storedName) {
        after.onCommit(() -> store.delete(storedName));
    }
}
