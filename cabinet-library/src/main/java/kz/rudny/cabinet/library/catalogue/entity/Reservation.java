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
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A place in the queue for a title whose copies are all out. School-scoped. */
@Entity
@Table(name = "RESERVATION")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Reservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "TITLE_ID", nullable = false)
    private CatalogueTitle title;

    @Column(name = "STAFF_ID", nullable = false)
    private Long staffId;

    @Column(name = "STAFF_NAME", nullable = false, length = 200)
    private String staffName;

    @Column(name = "RESERVED_AT", nullable = false)
    private LocalDateTime reservedAt;

    @Column(name = "CLOSED_AT")
    private LocalDateTime closedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Reservation() {
    }

    public Reservation(CatalogueTitle title, long staffId, String staffName, LocalDateTime reservedAt) {
        this.title = title;
        this.staffId = staffId;
        this.staffName = staffName;
        this.reservedAt = reservedAt;
    }

    public void close(LocalDateTime when) {
        closedAt = when;
    }

    public Long getId() {
        return id;
    }

    public CatalogueTitle getTitle() {
        return title;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getStaffName() {
        return staffName;
    }

    public LocalDateTime getReservedAt() {
        return reservedAt;
    }
}
