package kz.rudny.cabinet.mentoring.attestation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A reminder of attestation sent to a teacher and the methodologists for a due day and stage (unique: sent once in the cluster). */
@Entity
@Table(name = "MENTORING_ATTESTATION_REMINDER")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class AttestationReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "STAFF_ID", nullable = false)
    private long staffId;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    @Column(name = "STAGE", nullable = false, length = 20)
    private String stage;

    @Column(name = "SENT_AT", nullable = false)
    private LocalDateTime sentAt;

    protected AttestationReminder() {
    }

    public AttestationReminder(long staffId, LocalDate dueOn, String stage, LocalDateTime sentAt) {
        this.staffId = staffId;
        this.dueOn = dueOn;
        this.stage = stage;
        this.sentAt = sentAt;
    }

    public long getStaffId() {
        return staffId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getStage() {
        return stage;
    }
}
