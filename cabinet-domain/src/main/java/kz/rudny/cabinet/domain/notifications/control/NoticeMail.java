package kz.rudny.cabinet.domain.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import kz.rudny.cabinet.domain.transactions.AfterTransaction;
import org.eclipse.microprofile.config.Config;

/**
 * Mails the notifications of a transaction once it has committed, never before and never after a rollback: the
 * mails are collected in the transaction (a synchronization registered with its first mail) and handed to the
 * server's managed executor when it completes as committed, so a slow mail server never holds the request.
 */
@ApplicationScoped
public class NoticeMail {

    private static final Logger LOG = Logger.getLogger(NoticeMail.class.getName());
    private static final Object PENDING = NoticeMail.class.getName() + ".pending";

    @Inject
    Config config;

    @Inject
    AfterTransaction after;

    /** Found when the first mail is sent, so a server without it never stops notifications that are not mailed. */
    volatile Executor executor;

    private MailSettings settings;
    private Mailer mailer;
    /** Mails handed to the executor and not yet sent (or given up), for {@code /metrics}. */
    private final AtomicInteger waiting = new AtomicInteger();

    @PostConstruct
    void configure() {
        configure(MailSettings.from(config));
    }

    void configure(MailSettings settings) {
        this.settings = settings;
        mailer = settings.enabled() ? new Mailer(settings) : null;
        if (settings.enabled()) {
            LOG.info(() -> "Notifications are mailed: " + settings);
        }
    }

    public MailSettings settings() {
        return settings;
    }

    /** Mails committed and waiting to be sent. */
    public int waiting() {
        return waiting.get();
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Sends the mail after the current transaction commits; nothing if it rolls back. */
    public void afterCommit(OutgoingMail mail) {
        if (!enabled()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<OutgoingMail> pending = (List<OutgoingMail>) after.resource(PENDING);
        if (pending == null) {
            Executor sender = executor();
            List<OutgoingMail> mails = new ArrayList<>();
            after.keep(PENDING, mails);
            after.onCommit(() -> {
                if (!mails.isEmpty()) {
                    List<OutgoingMail> committed = List.copyOf(mails);
                    waiting.addAndGet(committed.size());
                    sender.execute(() -> {
                        try {
                            mailer.send(committed);
                        } finally {
                            waiting.addAndGet(-committed.size());
                        }
                    });
                }
            });
            pending = mails;
        }
        pending.add(mail);
    }

    /** The server's default managed executor; without one (never seen on Payara), the committing thread sends. */
    private Executor executor() {
        if (executor == null) {
            try {
                executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            } catch (NamingException e) {
                LOG.warning(() -> "No managed executor for the notification mails, they are sent on the request's"
                        + " thread: " + e.getMessage());
                executor = Runnable::run;
            }
        }
        return executor;
    }
}
