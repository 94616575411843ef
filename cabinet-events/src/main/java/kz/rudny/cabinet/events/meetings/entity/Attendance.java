package kz.rudny.cabinet.events.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.rudny.cabinet.events.meetings.boundary.Presence;
import jakarta.persistence.DiscriminatorType;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Whether a member was at a meeting: present, absent, or excused with a reason. */
@Entity
@Table(name = "MEETING_ATTENDANCE")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MEETING_ID", nullable = false)
    private Meeting meeting;

    @Column(name = "STAFF_ID", nullable = false)
    private long staffId;

    @Column(name = "STAFF_NAME", nullable = false, length = 200)
    private String staffName;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRESENCE", nullable = false, length = 10)
    private Presence presence;

    @Column(name = "REASON", length = 300)
    private String reason;

    protected Attendance() {
    }

    public Attendance(Meeting meeting, long staffId, String staffName) {
        this.meeting = meeting;
        this.staffId = staffId;
        this.staffName = staffName;
        this.presence = Presence.PRESENT;
    }

    public void mark(Presence newPresence, String newReason) {
        this.presence = newPresence;
        this.reason = newPresence == Presence.EXCUSED ? newReason : null;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getStaffName() {
        return staffName;
    }

    public Presence getPresence() {
        return presence;
    }

    public String getReason() {
        return reason;
    }
}
