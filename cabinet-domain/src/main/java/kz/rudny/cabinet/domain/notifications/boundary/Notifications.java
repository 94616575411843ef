package kz.rudny.cabinet.domain.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import kz.rudny.cabinet.domain.notifications.control.NoticeMail;
import kz.rudny.cabinet.domain.notifications.control.NoticeTexts;
import kz.rudny.cabinet.domain.notifications.control.OutgoingMail;
import kz.rudny.cabinet.domain.notifications.control.Recipients;
import kz.rudny.cabinet.domain.notifications.entity.Notification;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.entity.Account;

/**
 * The one way a module tells people something: {@code notifications.send(ids, Notice.about("notice.material.approved", title)
 * .linkingTo("/library/material.xhtml?id=7"))}. The notifications are written in the caller's transaction (mandatory), so a
 * rollback takes them away with the change they announce; the mailed copies (when mail is configured) leave
 * only after that transaction has committed. A school's module reaches only its own school's people (and the
 * district's).
 */
@ApplicationScoped
@PermitAll // joins the transaction of a boundary that checked its caller (or of start-up work such as demo data)
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    NoticeMail mail;

    /** Notifies the accounts with these ids. */
    public void send(@NotNull Collection<Long> accountIds, @NotNull Notice notice) {
        deliver(recipients.accounts(accountIds), notice);
    }

    /** Notifies these staff members of the current school (by the staff ids other modules keep). */
    public void sendToStaff(@NotNull Collection<Long> staffIds, @NotNull Notice notice) {
        deliver(recipients.staff(staffIds), notice);
    }

    /**
     * Tells the parties to a town-level record (an open event's organiser and registered people, of many schools);
     * the caller has checked that each account is a party. Unlike {@link #send}, accounts of another school are
     * expected here.
     */
    public void sendToParties(@NotNull Collection<Long> accountIds, @NotNull Notice notice) {
        deliver(recipients.parties(accountIds), notice);
    }

    /** Announces to everyone of the current school. */
    public void sendToSchool(@NotNull Notice notice) {
        deliver(recipients.school(), notice);
    }

    /** Announces to everyone of every school of the town (a district event, an event opened to the town). */
    public void sendToTown(@NotNull Notice notice) {
        deliver(recipients.town(), notice);
    }

    private void deliver(List<Account> accounts, Notice notice) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (Account a : accounts) {
            em.persist(new Notification(a.getId(), a.getSchoolId(), notice.key(), notice.args(), notice.link(), now));
            if (mail.enabled() && a.getEmail() != null) {
                mail.afterCommit(mailOf(a, notice));
            }
        }
    }

    private OutgoingMail mailOf(Account a, Notice notice) {
        Language language = recipients.languageOf(a);
        String text = NoticeTexts.render(notice.key(), notice.args(), language);
        String link = notice.link() == null ? mail.settings().absolute("/notifications.xhtml")
                : mail.settings().absolute(notice.link());
        String subject = NoticeTexts.text("mail.subject", language, text.length() <= 120 ? text
                : text.substring(0, 119) + "…");
        String body = NoticeTexts.text("mail.body", language, a.getFullName(), text, link,
                mail.settings().absolute("/notifications.xhtml"));
        return new OutgoingMail(a.getEmail(), subject.replaceAll("[\\r\\n]+", " "), body);
    }
}
