package kz.rudny.cabinet.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.notifications.boundary.Inbox;
import kz.rudny.cabinet.domain.notifications.boundary.NoticeView;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.meetings.boundary.DecisionView;
import kz.rudny.cabinet.events.meetings.boundary.Decisions;
import kz.rudny.cabinet.events.meetings.boundary.MeetingSummary;
import kz.rudny.cabinet.events.meetings.boundary.Meetings;
import kz.rudny.cabinet.library.catalogue.boundary.LoanDesk;
import kz.rudny.cabinet.library.catalogue.boundary.LoanView;
import kz.rudny.cabinet.library.corners.boundary.CornerItemView;
import kz.rudny.cabinet.library.corners.boundary.Corners;
import kz.rudny.cabinet.library.materials.boundary.MaterialReview;
import kz.rudny.cabinet.web.layout.LanguageChoice;

/**
 * The blocks of a person's start page, each read once per request and only when shown (each block is rendered
 * only for the roles it concerns): the week's meetings, decisions and loans falling due, the latest unread
 * notifications, what is new in the corners, and for reviewers how many materials wait for them.
 */
@Named
@RequestScoped
public class StartPage {

    private static final int SHOWN = 5;
    /** Decisions and loans due within this many days (or overdue) are on the start page. */
    private static final int DUE_WITHIN_DAYS = 14;

    @Inject
    CurrentCaller caller;

    @Inject
    Settings settings;

    @Inject
    Meetings meetings;

    @Inject
    Decisions decisions;

    @Inject
    LoanDesk loans;

    @Inject
    Corners corners;

    @Inject
    MaterialReview review;

    @Inject
    Inbox inbox;

    @Inject
    LanguageChoice language;

    private List<MeetingSummary> week;
    private List<DecisionView> decisionsDue;
    private List<DecisionView> overdue;
    private List<LoanView> loansDue;
    private List<NoticeView> unread;
    private List<CornerItemView> newInCorners;
    private Long waiting;

    /** Meetings of the person's associations from today to a week ahead. */
    public List<MeetingSummary> getWeek() {
        if (week == null) {
            LocalDate today = today();
            week = meetings.mineBetween(today, today.plusDays(8));
        }
        return week;
    }

    public List<DecisionView> getDecisionsDue() {
        if (decisionsDue == null) {
            LocalDate horizon = today().plusDays(DUE_WITHIN_DAYS);
            decisionsDue = decisions.mine().stream().filter(d -> !d.dueOn().isAfter(horizon)).limit(SHOWN).toList();
        }
        return decisionsDue;
    }

    /** Overdue decisions of the associations the person heads (all of them for the methodologist). */
    public List<DecisionView> getOverdue() {
        if (overdue == null) {
            overdue = decisions.overdue().stream().limit(SHOWN).toList();
        }
        return overdue;
    }

    public List<LoanView> getLoansDue() {
        if (loansDue == null) {
            LocalDate horizon = today().plusDays(DUE_WITHIN_DAYS);
            loansDue = loans.mine().stream().filter(l -> !l.dueDate().isAfter(horizon)).limit(SHOWN).toList();
        }
        return loansDue;
    }

    public List<NoticeView> getUnread() {
        if (unread == null) {
            unread = inbox.latestUnread(SHOWN, language.current());
        }
        return unread;
    }

    public List<CornerItemView> getNewInCorners() {
        if (newInCorners == null) {
            newInCorners = corners.newest(language.current(), SHOWN);
        }
        return newInCorners;
    }

    /** How many submitted materials wait for this reviewer. */
    public long getWaiting() {
        if (waiting == null) {
            waiting = review.toReview(new PageRequest(0, 1, null, false, null)).total();
        }
        return waiting;
    }

    /** Opens an unread notification as the inbox does: marked read, then where it leads. */
    public void open(long id) throws java.io.IOException {
        kz.rudny.cabinet.web.support.FacesForms.redirectTo(inbox.open(id));
    }

    public boolean isReviewer() {
        return caller.has(Role.SCHOOL_METHODOLOGIST) || caller.has(Role.ASSOCIATION_HEAD);
    }

    private LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }
}
