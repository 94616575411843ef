package kz.rudny.cabinet.events.meetings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jakarta.persistence.DiscriminatorType;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A numbered decision of a meeting: what, who answers for it, by when; tracked until its owner marks it done. */
@Entity
@Table(name = "MEETING_DECISION")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MEETING_ID", nullable = false)
    private Meeting meeting;

    @Column(name = "NUMBER", nullable = false)
    private int number;

    @Column(name = "TEXT", nullable = false, length = 2000)
    private String text;

    @Column(name = "OWNER_STAFF_ID", nullable = false)
    private long ownerStaffId;

    @Column(name = "OWNER_NAME", nullable = false, length = 200)
    private String ownerName;

    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;

    @Column(name = "DONE_AT")
    private LocalDateTime doneAt;

    @Column(name = "DONE_NOTE", length = 1000)
    private String doneNote;

    @Column(name = "DONE_BY_NAME", length = 200)
    private String doneByName;

    @Column(name = "REMINDED_AT")
    private LocalDateTime remindedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Decision() {
    }

    public Decision(Meeting meeting, int number, String text, long ownerStaffId, String ownerName, LocalDate dueOn) {
        this.meeting = meeting;
        this.number = number;
        this.text = text;
        this.ownerStaffId = ownerStaffId;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
    }

    /** Draft minutes change their decisions freely; final ones never. */
    public void revise(String newText, long newOwnerStaffId, String newOwnerName, LocalDate newDueOn) {
        this.text = newText;
        this.ownerStaffId = newOwnerStaffId;
        this.ownerName = newOwnerName;
        this.dueOn = newDueOn;
    }

    public void done(String note, String byName, LocalDateTime at) {
        this.doneNote = note;
        this.doneByName = byName;
        this.doneAt = at;
    }

    public void reminded(LocalDateTime at) {
        this.remindedAt = at;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public long getOwnerStaffId() {
        return ownerStaffId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDateTime getDoneAt() {
        return doneAt;
    }

    public String getDoneNote() {
        return doneNote;
    }

    public String getDoneByName() {
        return doneByName;
    }

    public LocalDateTime getRemindedAt() {
        return remindedAt;
    }

    public long getVersion() {
        return version;
    }
}
