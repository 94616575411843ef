package kz.rudny.cabinet.domain.transactions;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that waits for the end of the current transaction, written once for every feature: files kept or deleted
 * with their records, the caller cache forgotten again, mails sent and a material's text read once what they are
 * about has committed. The work runs after the transaction has ended, on its thread; a failure of it is logged and
 * never reaches the transaction, which has already ended.
 */
@ApplicationScoped
public class AfterTransaction {

    private static final Logger LOG = Logger.getLogger(AfterTransaction.class.getName());

    /** What to do at the end, told whether the transaction committed. */
    @FunctionalInterface
    public interface Ending {
        void ended(boolean committed);
    }

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Over a registry of one's own (the unit tests' stand-in transactions). */
    public static AfterTransaction over(TransactionSynchronizationRegistry registry) {
        AfterTransaction after = new AfterTransaction();
        after.transactions = registry;
        return after;
    }

    /** Whether a transaction is active on this thread (else there is no end to wait for). */
    public boolean active() {
        return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /** Runs the work once the current transaction has committed; never if it rolls back. */
    public void onCommit(Runnable work) {
        onEnd(committed -> {
            if (committed) {
                work.run();
            }
        });
    }

    /** Runs the work when the current transaction ends, whichever way. */
    public void onEnd(Ending work) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                try {
                    work.ended(status == Status.STATUS_COMMITTED);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Work after a transaction failed", e);
                }
            }
        });
    }

    /** A value kept for the current transaction (e.g. what its end is to send), or null. */
    public Object resource(Object key) {
        return transactions.getResource(key);
    }

    public void keep(Object key, Object value) {
        transactions.putResource(key, value);
    }
}
