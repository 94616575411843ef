package kz.rudny.cabinet.domain.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Who changed which record of a school, and when; what changed is in its {@link AuditChange} rows (entries
 * written before those existed keep their free-text {@code details}). Written once, never changed. School-scoped.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "ACTOR_ACCOUNT_ID", updatable = false)
    private Long actorAccountId;

    @Column(name = "ACTOR_NAME", nullable = false, length = 200, updatable = false)
    private String actorName;

    @Column(name = "AUDIT_ACTION", nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "RECORD_TYPE", nullable = false, length = 60, updatable = false)
    private String recordType;

    @Column(name = "RECORD_ID", updatable = false)
    private Long recordId;

    @Column(name = "DETAILS", length = 2000, updatable = false)
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAt, Long actorAccountId, String actorName, String action,
                      String recordType, Long recordId, String details) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName.length() <= 200 ? actorName : actorName.substring(0, 199) + "…";
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 1999) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getDetails() {
        return details;
    }
}
