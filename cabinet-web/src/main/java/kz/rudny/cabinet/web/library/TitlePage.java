package kz.rudny.cabinet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberView;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.catalogue.boundary.Catalogue;
import kz.rudny.cabinet.library.catalogue.boundary.LoanDesk;
import kz.rudny.cabinet.library.catalogue.boundary.TitleView;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;

/** One title ({@code ?id=}): its copies and who has them; the desk lends and takes back, teachers queue. */
@Named
@ViewScoped
public class TitlePage implements Serializable {

    @Inject
    Catalogue catalogue;

    @Inject
    LoanDesk desk;

    @Inject
    Staff staff;

    @Inject
    CurrentCaller caller;

    @Inject
    LanguageChoice language;

    private Long id;
    private TitleView title;
    private List<StaffMemberView> borrowers = List.of();
    private Long borrowerId;
    private String inventoryNumber;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Title", "none");
        }
        if (title == null) {
            reload();
            if (caller.has(Role.SCHOOL_METHODOLOGIST)) {
                borrowers = staff.page(new PageRequest(0, PageRequest.MAX_SIZE, "fullName", true, null),
                        language.current()).items().stream().filter(StaffMemberView::active).toList();
            }
        }
    }

    private void reload() {
        title = catalogue.view(id);
    }

    public void issue(long copyId) {
        if (borrowerId == null) {
            FacesForms.fieldError("copies", "borrowerId", Texts.validation("field.required"));
            return;
        }
        if (FacesForms.submit("copies", () -> desk.issue(copyId, borrowerId))) {
            FacesForms.info("loan.issued");
            borrowerId = null;
        }
        reload();
    }

    public void giveBack(long loanId) {
        if (FacesForms.submit("copies", () -> desk.giveBack(loanId))) {
            FacesForms.info("loan.returned");
        }
        reload();
    }

    public void renew(long loanId) {
        if (FacesForms.submit("copies", () -> desk.renew(loanId))) {
            FacesForms.info("loan.renewed");
        }
        reload();
    }

    public void addCopy() {
        if (FacesForms.submit("copy", () -> catalogue.addCopy(id, inventoryNumber))) {
            FacesForms.info("copy.added");
            inventoryNumber = null;
        }
        reload();
    }

    public void reserve() {
        if (FacesForms.submit("queue", () -> desk.reserve(id))) {
            FacesForms.info("reservation.made");
        }
        reload();
    }

    public void removeFromQueue(long reservationId) {
        desk.removeFromQueue(reservationId);
        FacesForms.info("reservation.removed");
        reload();
    }

    public void cancelReservation() {
        desk.cancelReservation(id);
        reload();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TitleView getTitle() {
        return title;
    }

    public List<StaffMemberView> getBorrowers() {
        return borrowers;
    }

    public Long getBorrowerId() {
        return borrowerId;
    }

    public void setBorrowerId(Long borrowerId) {
        this.borrowerId = borrowerId;
    }

    public String getInventoryNumber() {
        return inventoryNumber;
    }

    public void setInventoryNumber(String inventoryNumber) {
        this.inventoryNumber = inventoryNumber;
    }
}
