package kz.rudny.cabinet.domain.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.transactions.AfterTransaction;

/**
 * Ties stored files to the transaction that records them: a file written for a transaction that rolls back is
 * deleted, and a file whose record is deleted goes only once the deletion committed. With the start-up sweep
 * ({@link OrphanSweep}) no file outlives its record and no record lacks its file, whichever module keeps the
 * record.
 */
@ApplicationScoped
public class FilesAfterCommit {

    private static final Logger LOG = Logger.getLogger(FilesAfterCommit.class.getName());

    @Inject
    AfterTransaction after;

    @Inject
    FileStore store;

    /** The file was just written for the current transaction: delete it unless the transaction commits. */
    public void keepOnlyIfCommitted(String storedName) {
        after.onEnd(committed -> {
            if (!committed) {
                delete(storedName);
            }
        });
    }

    /** The file's record is being deleted: delete the file once that commits (a failure: the start-up sweep's). */
    public void deleteWhenCommitted(String storedName) {
        after.onCommit(() -> delete(storedName));
    }

    private void delete(String storedName) {
        try {
            store.delete(storedName);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "File clean-up after a transaction failed; the start-up sweep will retry", e);
        }
    }
}
