package kz.rudny.cabinet.library.corners.entity;

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
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A material placed in a corner, in the methodologist's order, perhaps pinned, perhaps until a date. */
@Entity
@Table(name = "CORNER_ITEM")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class CornerItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CORNER_ID", nullable = false)
    private Corner corner;

    /** The material's id (the materials feature owns materials; the column keeps its foreign key). */
    @Column(name = "MATERIAL_ID", nullable = false)
    private long materialId;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "PINNED", nullable = false)
    private boolean pinned;

    @Column(name = "EXPIRES_ON")
    private LocalDate expiresOn;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected CornerItem() {
    }

    public CornerItem(Corner corner, long materialId, int position, LocalDate expiresOn) {
        this.corner = corner;
        this.materialId = materialId;
        this.position = position;
        this.expiresOn = expiresOn;
    }

    public boolean isExpired(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Corner getCorner() {
        return corner;
    }

    public long getMaterialId() {
        return materialId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public long getVersion() {
        return version;
    }
}
