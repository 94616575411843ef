package kz.rudny.cabinet.mentoring.attestation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A teacher's attestation record: the day of the last attestation and the category applied for in a year (kept by
 * the methodologist), the target category and the year aimed at (set by the teacher). The current category is the
 * staff record's.
 */
@Entity
@Table(name = "MENTORING_ATTESTATION")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class AttestationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "STAFF_ID", nullable = false)
    private long staffId;

    @Column(name = "LAST_ATTESTED_ON")
    private LocalDate lastAttestedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "APPLIED_FOR", length = 20)
    private QualificationCategory appliedFor;

    @Column(name = "APPLIED_YEAR")
    private Integer appliedYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET_CATEGORY", length = 20)
    private QualificationCategory targetCategory;

    @Column(name = "TARGET_YEAR")
    private Integer targetYear;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected AttestationRecord() {
    }

    public AttestationRecord(long staffId) {
        this.staffId = staffId;
    }

    public void attested(LocalDate on, QualificationCategory applied, Integer year) {
        this.lastAttestedOn = on;
        this.appliedFor = applied;
        this.appliedYear = applied == null ? null : year;
    }

    public void aimAt(QualificationCategory category, Integer year) {
        this.targetCategory = category;
        this.targetYear = category == null ? null : year;
    }

    public Long getId() {
        return id;
    }

    public long getStaffId() {
        return staffId;
    }

    public LocalDate getLastAttestedOn() {
        return lastAttestedOn;
    }

    public QualificationCategory getAppliedFor() {
        return appliedFor;
    }

    public Integer getAppliedYear() {
        return appliedYear;
    }

    public QualificationCategory getTargetCategory() {
        return targetCategory;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public long getVersion() {
        return version;
    }
}
