package kz.rudny.cabinet.library.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.library.audit.boundary.LibraryAction;
import kz.rudny.cabinet.library.audit.boundary.LibraryField;
import kz.rudny.cabinet.domain.errors.Conflicts;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberView;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.catalogue.control.Holdings;
import kz.rudny.cabinet.library.catalogue.control.LoanRules;
import kz.rudny.cabinet.library.catalogue.entity.CatalogueCopy;
import kz.rudny.cabinet.library.catalogue.entity.CatalogueTitle;
import kz.rudny.cabinet.library.catalogue.entity.Loan;
import kz.rudny.cabinet.library.catalogue.entity.Reservation;

/**
 * The loan desk, run by the school methodologist: lending copies to the school's staff, returns,
 * renewals, the overdue list; teachers see their own loans and queue for titles whose copies are all out.
 */
@ApplicationScoped
@Allowed(Role.SCHOOL_METHODOLOGIST)
@Transactional
public class LoanDesk {

    @Inject
    Holdings holdings;

    @Inject
    Staff staff;

    @Inject
    Profile profile;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    /**
     * Lends a copy. Refused when the copy is out, lost or written off, or when others queue for the title
     * before this person. Two desks lending the last copy at once: the database lets exactly one win.
     */
    public long issue(long copyId, long staffId) {
        CatalogueCopy copy = holdings.copy(copyId);
        StaffMemberView borrower = staff.view(staffId, Language.EN); // another school's id: not found
        if (!borrower.active()) {
            throw new InvalidInputException("borrower", "loan.borrowerInactive");
        }
        if (!copy.getCondition().isLendable()) {
            throw new InvalidInputException("copy", "loan.copyNotLendable");
        }
        if (holdings.openLoan(copy).isPresent()) {
            throw new InvalidInputException("copy", "loan.copyOnLoan");
        }
        List<Reservation> queue = holdings.queue(copy.getTitle());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        if (!queue.isEmpty()) {
            Reservation first = queue.get(0);
            if (!first.getStaffId().equals(staffId)) {
                throw new InvalidInputException("borrower", "loan.reservedForOther", first.getStaffName());
            }
            first.close(now);
        }
        Loan loan = new Loan(copy, staffId, borrower.fullName(), now, LoanRules.dueDate(today()));
        EntityManager em = holdings.data();
        try {
            em.persist(loan);
            em.flush();
        } catch (PersistenceException e) {
            if (!Conflicts.isUniqueViolation(e)) {
                throw e;
            }
            throw new InvalidInputException("copy", "loan.copyOnLoan"); // another desk lent it a moment ago
        }
        audit.record(LibraryAction.LOAN_ISSUED, Catalogue.RECORD, copy.getTitle().getId(), Changes.describe()
                .value(LibraryField.INVENTORY_NUMBER, copy.getInventoryNumber())
                .value(LibraryField.BORROWER, borrower.fullName()).value(LibraryField.DUE_DATE, loan.getDueDate()));
        return loan.getId();
    }

    /** Takes a copy back; the next in the queue for the title can then borrow it. */
    public void giveBack(long loanId) {
        Loan loan = holdings.loan(loanId);
        if (!loan.isOpen()) {
            throw new InvalidInputException("loan", "loan.alreadyReturned");
        }
        loan.close(LocalDateTime.now(ZoneOffset.UTC));
        audit.record(LibraryAction.LOAN_RETURNED, Catalogue.RECORD, loan.getCopy().getTitle().getId(),
                Changes.describe().value(LibraryField.INVENTORY_NUMBER, loan.getCopy().getInventoryNumber())
                        .value(LibraryField.BORROWER, loan.getBorrowerName()));
    }

    /** Extends a loan by two weeks, at most twice, and not while others queue for the title. */
    public void renew(long loanId) {
        Loan loan = holdings.loan(loanId);
        if (!loan.isOpen()) {
            throw new InvalidInputException("loan", "loan.alreadyReturned");
        }
        if (loan.getRenewals() >= LoanRules.MAX_RENEWALS) {
            throw new InvalidInputException("loan", "loan.renewalLimit");
        }
        if (!holdings.queue(loan.getCopy().getTitle()).isEmpty()) {
            throw new InvalidInputException("loan", "loan.othersWaiting");
        }
        LocalDate today = today();
        LocalDate dueBefore = loan.getDueDate();
        loan.renew(LoanRules.renewedDueDate(loan.getDueDate(), today));
        audit.record(LibraryAction.LOAN_RENEWED, Catalogue.RECORD, loan.getCopy().getTitle().getId(),
                Changes.describe().value(LibraryField.INVENTORY_NUMBER, loan.getCopy().getInventoryNumber())
                        .value(LibraryField.BORROWER, loan.getBorrowerName())
                        .field(LibraryField.DUE_DATE, dueBefore, loan.getDueDate()));
    }

    /** Open loans past their due date, longest overdue first. */
    public Page<LoanView> overdue(PageRequest request) {
        LocalDate today = today();
        EntityManager em = holdings.data();
        List<Loan> loans = em.createQuery("SELECT l FROM Loan l WHERE l.returnedAt IS NULL AND l.dueDate < :today "
                + "ORDER BY l.dueDate, l.id", Loan.class).setParameter("today", today)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(l) FROM Loan l WHERE l.returnedAt IS NULL AND l.dueDate < :today",
                Long.class).setParameter("today", today).getSingleResult();
        return new Page<>(loans.stream().map(l -> view(l, today)).toList(), total);
    }

    /** The caller's own open loans, soonest due first. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public List<LoanView> mine() {
        Long me = profile.staffId().orElse(-1L);
        LocalDate today = today();
        return holdings.data().createQuery("SELECT l FROM Loan l WHERE l.returnedAt IS NULL AND l.borrowerStaffId = :me "
                + "ORDER BY l.dueDate", Loan.class).setParameter("me", me).getResultStream()
                .map(l -> view(l, today)).toList();
    }

    /** Queues the caller for a title whose copies are all out. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public void reserve(long titleId) {
        CatalogueTitle title = holdings.title(titleId);
        long me = profile.staffId().orElseThrow(() -> new InvalidInputException("title", "reservation.notStaff"));
        java.util.Set<CatalogueCopy> out = new java.util.HashSet<>();
        holdings.openLoans(title).forEach(l -> out.add(l.getCopy()));
        boolean available = title.getCopies().stream().anyMatch(c -> c.getCondition().isLendable() && !out.contains(c));
        if (available) {
            throw new InvalidInputException("title", "reservation.copyAvailable");
        }
        if (holdings.queue(title).stream().anyMatch(r -> r.getStaffId() == me)) {
            throw new InvalidInputException("title", "reservation.already");
        }
        String name = profile.form().getFullName();
        holdings.data().persist(new Reservation(title, me, name, LocalDateTime.now(ZoneOffset.UTC)));
        audit.record(LibraryAction.RESERVATION_MADE, Catalogue.RECORD, titleId, reader(name));
    }

    /** Leaves the queue for a title. */
    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
    public void cancelReservation(long titleId) {
        CatalogueTitle title = holdings.title(titleId);
        Long me = profile.staffId().orElse(-1L);
        holdings.queue(title).stream().filter(r -> r.getStaffId().equals(me)).forEach(r -> {
            r.close(LocalDateTime.now(ZoneOffset.UTC));
            audit.record(LibraryAction.RESERVATION_CANCELLED, Catalogue.RECORD, titleId, reader(r.getStaffName()));
        });
    }

    /** The desk takes someone out of a title's queue (a person who no longer needs the book). */
    public void removeFromQueue(long reservationId) {
        Reservation r = holdings.reservation(reservationId);
        r.close(LocalDateTime.now(ZoneOffset.UTC));
        audit.record(LibraryAction.RESERVATION_CANCELLED, Catalogue.RECORD, r.getTitle().getId(),
                reader(r.getStaffName()));
    }


    /** Due dates are the district's calendar days, not UTC's. */
    private LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    private static LoanView view(Loan l, LocalDate today) {
        return new LoanView(l.getId(), l.getCopy().getTitle().getId(), l.getCopy().getTitle().getTitle(),
                l.getCopy().getInventoryNumber(), l.getBorrowerName(), l.getDueDate(), l.getRenewals(),
                l.isOverdue(today));
    }

    private static Changes reader(String name) {
        return Changes.describe().value(LibraryField.READER, name);
    }
}
