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

/** A correction of final minutes, numbered, with who and when: added, never edited. */
@Entity
@Table(name = "MEETING_ADDENDUM")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Addendum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEETING_ID", nullable = false)
    private long meetingId;

    @Column(name = "NUMBER", nullable = false)
    private int number;

    @Column(name = "TEXT", nullable = false, length = 4000)
    private String text;

    @Column(name = "ADDED_AT", nullable = false)
    private LocalDateTime addedAt;

    @Column(name = "ADDED_BY_NAME", nullable = false, length = 200)
    private String addedByName;

    protected Addendum() {
    }

    public Addendum(long meetingId, int number, String text, String addedByName, LocalDateTime addedAt) {
        this.meetingId = meetingId;
        this.number = number;
        this.text = text;
        this.addedByName = addedByName;
        this.addedAt = addedAt;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }

    public String getAddedByName() {
        return addedByName;
    }
}
