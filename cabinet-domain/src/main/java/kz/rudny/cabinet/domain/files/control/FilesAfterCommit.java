package kz.rudny.cabinet.domain.files.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ties stored files to the transaction that records them: a file written for a transaction that rolls back is
 * deleted, and a file whose record is deleted goes only once the deletion committed. With the start-up sweep
 * ({@link OrphanSweep}) no file outlives its record and no record lacks its file, whichever module keeps the
 * record.
 */
@ApplicationScoped
public class FilesAfterCommit {

    private static final Logger LOG = Logger.getLogger(FilesAfterCommit.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    FileStore store;

    /** The file was just written for the current transaction: delete it unless the transaction commits. */
    public void keepOnlyIfCommitted(String storedName) {
        transactions.registerInterposedSynchronization(new AfterCompletion(status -> {
            if (status != Status.STATUS_COMMITTED) {
                store.delete(storedName);
            }
        }));
    }

    /** The file's record is being deleted: delete the file once that commits. */
    public void deleteWhenCommitted(String storedName) {
        transactions.registerInterposedSynchronization(new AfterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) {
                store.delete(storedName);
            }
        }));
    }

    private record AfterCompletion(java.util.function.IntConsumer action) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            try {
                action.accept(status);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "File clean-up after a transaction failed; the start-up sweep will retry", e);
            }
        }
    }
}
