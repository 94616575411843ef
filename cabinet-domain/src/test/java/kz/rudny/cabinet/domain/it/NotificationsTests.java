package kz.rudny.cabinet.domain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.transaction.TransactionalException;
import java.util.List;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.CurrentExchange;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.notifications.boundary.Inbox;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.NoticeView;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.entity.Account;
import kz.rudny.cabinet.domain.platform.control.DemoData;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import org.junit.jupiter.api.Test;

/**
 * Notifications in the container: written in the sender's transaction (a rollback leaves none and mails none),
 * mailed after the commit in the recipient's language (to GreenMail, in process, with mail switched on for the suite's
 * deployment, {@link DomainSuiteIT}), and read only by their recipient, whatever id another person passes.
 *
 * <p>Run in the container by {@link DomainSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface NotificationsTests {

    /** GreenMail's SMTP port inside the test server (the cabinet's test port range 29500+). */
    static final int SMTP_PORT = Integer.getInteger("it.smtpPort", 29525);
    static final String APPROVED = "notice.material.approved";

    Notifications notifications();

    Inbox inbox();

    SecurityContext security();

    CurrentCaller caller();

    TestDatabase db();

    private static GreenMail smtp() {
        return Smtp.server();
    }

    /** The one GreenMail of the test server, started at its first use (an interface holds no mutable state). */
    final class Smtp {

        private static GreenMail smtp;

        private Smtp() {
        }

        static synchronized GreenMail server() {
            if (smtp == null) {
                smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                smtp.start();
            }
            return smtp;
        }
    }

    @Test
    default void aRollbackAfterSendingLeavesNoNotificationAndSendsNoMail() throws Exception {
        long young = withEmail("g3.young2", "dauren@rudny.example");
        long before = count(young);
        int mailsBefore = smtp().getReceivedMessages().length;

        db().inRolledBackTransaction(() -> {
            notifications().send(List.of(young), Notice.about(APPROVED, "Болмаған материал").linkingTo("/index.xhtml"));
            db().em().flush(); // written in the sender's transaction: the rollback below is what removes it
            return null;
        });

        assertEquals(before, count(young), "the rollback took the notification away");
        assertFalse(smtp().waitForIncomingEmail(3000, mailsBefore + 1), "no mail for what was rolled back");
    }

    @Test
    default void aCommitLeavesTheNotificationAndMailsItInTheRecipientsLanguageWithAnAbsoluteLink() throws Exception {
        long s12 = withEmail("s12.young2", "anastasia@rudny.example");
        long before = count(s12);
        int mailsBefore = smtp().getReceivedMessages().length;

        db().inTransaction(() -> {
            notifications().send(List.of(s12), Notice.about(APPROVED, "Дроби").linkingTo("/library/material.xhtml?id=5"));
            return null;
        });

        assertEquals(before + 1, count(s12));
        assertTrue(smtp().waitForIncomingEmail(10_000, mailsBefore + 1), "mailed after the commit");
        MimeMessage mail = smtp().getReceivedMessages()[mailsBefore];
        assertEquals("anastasia@rudny.example", mail.getAllRecipients()[0].toString());
        assertEquals("Методический кабинет: Ваш материал «Дроби» одобрен и опубликован в школе.", mail.getSubject(),
                "the Russian school's person reads Russian");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertTrue(body.contains("https://cabinet.rudny.example/library/material.xhtml?id=5"), body);
    }

    @Test
    default void sendingOutsideATransactionIsRefused() {
        long young = db().number("SELECT ID FROM ACCOUNT WHERE USERNAME = ?", "g3.young2");
        assertThrows(TransactionalException.class,
                () -> notifications().send(List.of(young), Notice.about(APPROVED, "x")));
    }

    @Test
    default void aSchoolsWorkCannotNotifyAnotherSchoolsPeople() {
        signIn("g3.methodologist");
        long other = db().number("SELECT ID FROM ACCOUNT WHERE USERNAME = ?", "s12.teacher");
        long before = count(other);
        assertThrows(IllegalArgumentException.class, () -> db().inTransaction(() -> {
            notifications().send(List.of(other), Notice.about(APPROVED, "x"));
            return null;
        }));
        long otherStaff = db().staffIdOf("s12.teacher");
        assertThrows(IllegalArgumentException.class, () -> db().inTransaction(() -> {
            notifications().sendToStaff(List.of(otherStaff), Notice.about(APPROVED, "x"));
            return null;
        }), "another school's staff id is no staff member of this school");
        assertEquals(before, count(other));
    }

    @Test
    default void theInboxCountsPagesNewestFirstOpensAndMarksAllRead() {
        long me = db().number("SELECT ID FROM ACCOUNT WHERE USERNAME = ?", "s7.t06");
        db().inTransaction(() -> {
            for (String title : List.of("Бірінші", "Второй", "Third")) {
                notifications().send(List.of(me), Notice.about(APPROVED, title).linkingTo("/library/material.xhtml?id=1"));
            }
            return null;
        });
        signIn("s7.t06");
        long unread = inbox().unreadCount();
        assertTrue(unread >= 4, "the demo welcome and the three: " + unread);

        Page<NoticeView> first = inbox().page(new PageRequest(0, 2, null, true, null), Language.RU);
        assertEquals(unread, first.total());
        assertEquals(List.of("Ваш материал «Third» одобрен и опубликован в школе.",
                "Ваш материал «Второй» одобрен и опубликован в школе."), first.items().stream().map(NoticeView::text).toList());
        assertEquals("Your material «Third» was approved and is published in the school.",
                inbox().page(new PageRequest(0, 1, null, true, null), Language.EN).items().get(0).text());

        NoticeView newest = first.items().get(0);
        assertFalse(newest.read());
        assertEquals("/library/material.xhtml?id=1", inbox().open(newest.id()));
        assertEquals(unread - 1, inbox().unreadCount());
        assertTrue(inbox().page(new PageRequest(0, 1, null, true, null), Language.KK).items().get(0).read());

        assertEquals(unread - 1, inbox().markAllRead());
        assertEquals(0, inbox().unreadCount());
    }

    @Test
    default void aColleagueOfTheSameSchoolGetsNothingByTheId() {
        long victim = victimsNotification("g3.t03");
        signIn("g3.t04");
        assertOwnersOnly(victim);
    }

    @Test
    default void aPersonOfAnotherSchoolGetsNothingByTheId() {
        long victim = victimsNotification("g3.t05");
        signIn("s12.methodologist");
        assertOwnersOnly(victim);
    }

    @Test
    default void theDemoPeopleFindAWelcomeAndTheirApprovedMaterials() {
        assertTrue(db().number("SELECT COUNT(*) FROM NOTIFICATION n JOIN ACCOUNT a ON a.ID = n.RECIPIENT_ID"
                + " WHERE a.USERNAME = 'g3.teacher' AND n.MESSAGE_KEY = 'notice.welcome'") == 1);
        assertEquals(0, db().number("SELECT COUNT(*) FROM NOTIFICATION n JOIN ACCOUNT a ON a.ID = n.RECIPIENT_ID"
                + " WHERE a.SCHOOL_ID <> n.SCHOOL_ID OR (a.SCHOOL_ID IS NULL AND n.SCHOOL_ID IS NOT NULL)"
                + " OR (a.SCHOOL_ID IS NOT NULL AND n.SCHOOL_ID IS NULL)"),
                "each notification records its recipient's school");
        assertTrue(db().number("SELECT COUNT(*) FROM NOTIFICATION WHERE MESSAGE_KEY = 'notice.welcome'") >= 41);
    }

    private long victimsNotification(String username) {
        long owner = db().number("SELECT ID FROM ACCOUNT WHERE USERNAME = ?", username);
        db().inTransaction(() -> {
            notifications().send(List.of(owner), Notice.about(APPROVED, "Жеке").linkingTo("/library/material.xhtml?id=2"));
            return null;
        });
        return db().number("SELECT MAX(ID) FROM NOTIFICATION WHERE RECIPIENT_ID = ?", owner);
    }

    private void assertOwnersOnly(long victim) {
        long myUnread = inbox().unreadCount();
        assertThrows(NotFoundException.class, () -> inbox().open(victim));
        assertThrows(NotFoundException.class, () -> inbox().markRead(victim));
        inbox().markAllRead();
        assertTrue(inbox().page(new PageRequest(0, 200, null, true, null), Language.KK).items().stream()
                .noneMatch(n -> n.id() == victim), "never in someone else's list");
        assertNull(db().column("SELECT READ_AT FROM NOTIFICATION WHERE ID = ?", victim).get(0), "still unread for its owner");
        assertEquals(0, inbox().unreadCount(), "mark all read marked only the caller's own (" + myUnread + ")");
    }

    private long count(long accountId) {
        return db().number("SELECT COUNT(*) FROM NOTIFICATION WHERE RECIPIENT_ID = ?", accountId);
    }

    private long withEmail(String username, String email) {
        long id = db().number("SELECT ID FROM ACCOUNT WHERE USERNAME = ?", username);
        db().inTransaction(() -> {
            db().em().find(Account.class, id).setEmail(email);
            return null;
        });
        return id;
    }

    private void signIn(String username) {
        AuthenticationStatus status = security().authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, DemoData.PASSWORD)));
        assertEquals(AuthenticationStatus.SUCCESS, status);
        caller().refresh();
        assertEquals(username, caller().getUsername());
    }
}
