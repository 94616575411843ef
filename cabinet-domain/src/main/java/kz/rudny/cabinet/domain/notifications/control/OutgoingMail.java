package kz.rudny.cabinet.domain.notifications.control;

/** One plain-text mail, written in the recipient's language while the notice was sent. */
public record OutgoingMail(String to, String subject, String body) {
}
