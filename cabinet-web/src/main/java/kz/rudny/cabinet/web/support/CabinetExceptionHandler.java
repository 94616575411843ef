package kz.rudny.cabinet.web.support;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.web.platform.DatabaseFailure;
import org.primefaces.csp.CspException;

/**
 * Turns any exception of a page into the error page with a status (404 for a record that is not the
 * caller's, 403 for a refused action, 500 otherwise), for full-page and ajax requests alike. A stack
 * trace goes to the server log only. An unreachable database is left to {@code DatabaseUnavailableFilter}.
 */
public class CabinetExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(CabinetExceptionHandler.class.getName());

    public CabinetExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            if (DatabaseFailure.causedBy(thrown)) {
                // Answered by DatabaseUnavailableFilter: 503, or for an ajax post a message that leaves the form be.
                throw new FacesException(thrown);
            }
            redirectToErrorPage(thrown);
        }
        getWrapped().handle();
    }

    private void redirectToErrorPage(Throwable thrown) {
        int code = status(thrown);
        if (code == 500) {
            LOG.log(Level.SEVERE, "Unhandled error on a page", thrown);
        } else {
            LOG.log(Level.INFO, "Refused: {0}", rootOf(thrown).getMessage());
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            if (thrown instanceof ViewExpiredException || rootOf(thrown) instanceof ViewExpiredException) {
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
            } else if (faces.getPartialViewContext().isAjaxRequest() || code == 400) {
                // A post without its page's nonce goes to the error page by a redirect: rendered as the answer to
                // the post itself, the error page would be a post-back of the refused form and stay empty.
                external.redirect(external.getRequestContextPath() + "/error.xhtml?code=" + code);
            } else {
                external.responseSendError(code, null);
            }
            faces.responseComplete();
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Could not show the error page", e);
        }
    }

    static int status(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof NotFoundException) {
                return 404;
            }
            if (t instanceof AccessDeniedException) {
                return 403;
            }
            if (t instanceof CspException) {
                return 400; // a post without its page's script nonce: not sent by the page's own form
            }
        }
        return 500;
    }

    private static Throwable rootOf(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof FacesException || t.getClass().getName().contains("ELException")) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
