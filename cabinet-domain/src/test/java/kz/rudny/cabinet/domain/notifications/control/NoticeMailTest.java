package kz.rudny.cabinet.domain.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.transactions.AfterTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mails of a transaction leave when it commits and never when it rolls back, against GreenMail (the
 * transaction is a stand-in registry here; NotificationsTests does the same with the server's real transactions).
 */
class NoticeMailTest {

    private GreenMail smtp;
    private Transaction transaction;
    private NoticeMail mail;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        transaction = new Transaction();
        mail = new NoticeMail();
        mail.after = AfterTransaction.over(transaction);
        mail.executor = Runnable::run;
        mail.configure(new MailSettings(true, "127.0.0.1", smtp.getSmtp().getPort(), "cabinet@rudny.example", null,
                null, false, "https://cabinet.rudny.example"));
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void nothingLeavesBeforeTheCommitAndEverythingAfter() {
        mail.afterCommit(new OutgoingMail("a@rudny.example", "S1", "B1"));
        mail.afterCommit(new OutgoingMail("b@rudny.example", "S2", "B2"));
        assertEquals(1, transaction.synchronizations.size(), "one synchronization per transaction");
        assertEquals(0, smtp.getReceivedMessages().length, "nothing before the commit");

        transaction.complete(Status.STATUS_COMMITTED);
        assertTrue(smtp.waitForIncomingEmail(5000, 2));
    }

    @Test
    void nothingLeavesAfterARollback() {
        mail.afterCommit(new OutgoingMail("a@rudny.example", "S1", "B1"));
        transaction.complete(Status.STATUS_ROLLEDBACK);
        assertFalse(smtp.waitForIncomingEmail(1500, 1));
    }

    @Test
    void offByDefaultNothingIsEvenCollected() {
        mail.configure(MailSettings.OFF);
        mail.afterCommit(new OutgoingMail("a@rudny.example", "S1", "B1"));
        assertTrue(transaction.synchronizations.isEmpty());
        assertFalse(mail.enabled());
    }

    /** A transaction's registry as far as the mail uses it. */
    private static final class Transaction implements TransactionSynchronizationRegistry {
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();

        void complete(int status) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(s -> s.afterCompletion(status));
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
