package kz.rudny.cabinet.domain.notifications.control;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends plain-text mails over SMTP through a Jakarta Mail session made from {@link MailSettings} (Payara's own
 * Jakarta Mail, Angus Mail, at run time). Plain Java, so a test drives it against an in-process SMTP server.
 * A mail that cannot be sent is logged and the others still go: the inbox holds every notification anyway.
 */
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    private final MailSettings settings;
    private final Session session;

    public Mailer(MailSettings settings) {
        this.settings = settings;
        Authenticator login = settings.userName().map(user -> (Authenticator) new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, settings.password() == null ? "" : settings.password());
            }
        }).orElse(null);
        this.session = Session.getInstance(settings.sessionProperties(), login);
    }

    /** Sends each mail; answers how many went. */
    public int send(List<OutgoingMail> mails) {
        int sent = 0;
        for (OutgoingMail mail : mails) {
            try {
                Transport.send(message(mail));
                sent++;
            } catch (MessagingException | RuntimeException e) {
                // No address in the log: a mail server's message often repeats the recipient's.
                LOG.log(Level.WARNING, "A notification mail could not be sent through " + settings.host() + ":"
                        + settings.port() + ": " + e.getClass().getSimpleName());
            }
        }
        return sent;
    }

    MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        return message;
    }
}
