package kz.rudny.cabinet.library.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A copy lent to a staff member. While open, {@code openCopyId} holds the copy's id under a unique
 * constraint, so the database itself refuses a second open loan of the same copy. School-scoped.
 */
@Entity
@Table(name = "LOAN")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "COPY_ID", nullable = false)
    private CatalogueCopy copy;

    @Column(name = "OPEN_COPY_ID")
    private Long openCopyId;

    @Column(name = "BORROWER_STAFF_ID", nullable = false)
    private Long borrowerStaffId;

    @Column(name = "BORROWER_NAME", nullable = false, length = 200)
    private String borrowerName;

    @Column(name = "ISSUED_AT", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;

    @Column(name = "RENEWALS", nullable = false)
    private int renewals;

    @Column(name = "RETURNED_AT")
    private LocalDateTime returnedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Loan() {
    }

    public Loan(CatalogueCopy copy, long borrowerStaffId, String borrowerName, LocalDateTime issuedAt,
                LocalDate dueDate) {
        this.copy = copy;
        this.openCopyId = copy.getId();
        this.borrowerStaffId = borrowerStaffId;
        this.borrowerName = borrowerName;
        this.issuedAt = issuedAt;
        this.dueDate = dueDate;
    }

    public boolean isOpen() {
        return returnedAt == null;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && today.isAfter(dueDate);
    }

    public void close(LocalDateTime when) {
        returnedAt = when;
        openCopyId = null;
    }

    public void renew(LocalDate newDueDate) {
        dueDate = newDueDate;
        renewals++;
    }

    public Long getId() {
        return id;
    }

    public CatalogueCopy getCopy() {
        return copy;
    }

    public Long getBorrowerStaffId() {
        return borrowerStaffId;
    }

    public String getBorrowerName() {
        return borrowerName;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public int getRenewals() {
        return renewals;
    }

    public LocalDateTime getReturnedAt() {
        return returnedAt;
    }
}
