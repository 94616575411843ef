package kz.rudny.cabinet.domain.files.control;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.transactions.AfterTransaction;

/** One transaction as the container's registry shows it, ended by the test ({@link #commit}, {@link #rollBack}). */
public final class FakeTransaction implements TransactionSynchronizationRegistry {

    private final List<Synchronization> synchronizations = new ArrayList<>();

    /** The after-commit deletion of this store, tied to this transaction. */
    public FilesAfterCommit filesAfterCommit(FileStore store) {
        FilesAfterCommit files = new FilesAfterCommit();
        files.after = AfterTransaction.over(this);
        files.store = store;
        return files;
    }

    public void commit() {
        end(Status.STATUS_COMMITTED);
    }

    public void rollBack() {
        end(Status.STATUS_ROLLEDBACK);
    }

    private void end(int status) {
        synchronizations.forEach(Synchronization::beforeCompletion);
        synchronizations.forEach(s -> s.afterCompletion(status));
        synchronizations.clear();
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        synchronizations.add(sync);
    }

    @Override
    public Object getTransactionKey() {
        return this;
    }

    @Override
    public void putResource(Object key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object getResource(Object key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
        return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
        return false;
    }
}
