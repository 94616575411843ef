package kz.rudny.cabinet.domain.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mail of a notification against GreenMail's in-process SMTP server, never a real one. */
class MailerTest {

    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private MailSettings settings(String user, String password) {
        return new MailSettings(true, "127.0.0.1", smtp.getSmtp().getPort(), "cabinet@rudny.example", user, password,
                false, "https://cabinet.rudny.example/");
    }

    @Test
    void aKazakhNotificationArrivesAsPlainTextInUtf8() throws Exception {
        Mailer mailer = new Mailer(settings(null, null));
        String body = "«Бөлшектер» материалыңыз мақұлданды.\n\nАшу: " + settings(null, null)
                .absolute("/library/material.xhtml?id=7");
        assertEquals(1, mailer.send(List.of(new OutgoingMail("aigerim@rudny.example",
                "Әдістемелік кабинет: «Бөлшектер» мақұлданды", body))));

        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertEquals("Әдістемелік кабинет: «Бөлшектер» мақұлданды", m.getSubject());
        assertEquals("cabinet@rudny.example", m.getFrom()[0].toString());
        assertEquals("aigerim@rudny.example", m.getAllRecipients()[0].toString());
        assertTrue(m.getContentType().startsWith("text/plain"), m.getContentType());
        assertEquals(body, ((String) m.getContent()).replace("\r\n", "\n").strip());
        assertTrue(body.contains("https://cabinet.rudny.example/library/material.xhtml?id=7"), "an absolute link");
    }

    @Test
    void theServerIsSignedInToWhenAUserIsConfigured() throws Exception {
        smtp.setUser("cabinet", "s3cret");
        Mailer mailer = new Mailer(settings("cabinet", "s3cret"));
        assertEquals(1, mailer.send(List.of(new OutgoingMail("a@rudny.example", "S", "B"))));
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        assertEquals("B", GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).strip());
    }

    @Test
    void aMailThatCannotBeSentIsLoggedAndTheOthersStillGo() throws Exception {
        Mailer mailer = new Mailer(settings(null, null));
        assertEquals(1, mailer.send(List.of(new OutgoingMail("not an address", "S", "B"),
                new OutgoingMail("b@rudny.example", "S", "B"))));
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
    }

    @Test
    void thePasswordIsNeverInTheSettingsText() {
        assertTrue(!settings("cabinet", "s3cret").toString().contains("s3cret"));
        assertEquals("https://cabinet.rudny.example/x", settings(null, null).absolute("/x"));
    }
}
