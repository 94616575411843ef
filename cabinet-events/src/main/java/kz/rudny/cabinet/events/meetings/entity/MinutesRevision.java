package kz.rudny.cabinet.events.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jakarta.persistence.DiscriminatorType;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One save of a meeting's draft minutes: who and when (what changed is in the audit trail). */
@Entity
@Table(name = "MEETING_MINUTES_REVISION")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class MinutesRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEETING_ID", nullable = false)
    private long meetingId;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Column(name = "SAVED_AT", nullable = false)
    private LocalDateTime savedAt;

    @Column(name = "SAVED_BY_NAME", nullable = false, length = 200)
    private String savedByName;

    protected MinutesRevision() {
    }

    public MinutesRevision(long meetingId, int revision, String savedByName, LocalDateTime savedAt) {
        this.meetingId = meetingId;
        this.revision = revision;
        this.savedByName = savedByName;
        this.savedAt = savedAt;
    }

    public int getRevision() {
        return revision;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }

    public String getSavedByName() {
        return savedByName;
    }
}
