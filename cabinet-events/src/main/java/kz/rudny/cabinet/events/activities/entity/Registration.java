package kz.rudny.cabinet.events.activities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.events.activities.boundary.SeatStatus;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * TOWN-LEVEL (reviewed): one person's place or waiting position at an event. Read through the viewer filter only
 * by the registrant's school and by the organising side (the school, or the district): another school's
 * registrations of the same open event stay out of sight. It keeps what the organiser needs of the person: name,
 * school, position; nothing else of another school.
 */
@Entity
@Table(name = "ACTIVITY_REGISTRATION")
@AdditionalCriteria("this.registrantSchoolId = :" + SchoolScoped.VIEWER_PROPERTY
        + " OR this.organiserKey = :" + SchoolScoped.VIEWER_PROPERTY)
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ACTIVITY_ID", nullable = false)
    private Activity activity;

    @Column(name = "ORGANISER_KEY", nullable = false)
    private long organiserKey;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private long accountId;

    @Column(name = "REGISTRANT_SCHOOL_ID", nullable = false)
    private long registrantSchoolId;

    @Column(name = "STAFF_ID")
    private Long staffId;

    @Column(name = "FULL_NAME", nullable = false, length = 200)
    private String fullName;

    @Column(name = "SCHOOL_NAME", nullable = false, length = 200)
    private String schoolName;

    @Column(name = "POSITION_TITLE", length = 200)
    private String positionTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 12)
    private SeatStatus status;

    @Column(name = "QUEUE_NO", nullable = false)
    private int queueNo;

    @Column(name = "REGISTERED_AT", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "PLACED_AT")
    private LocalDateTime placedAt;

    @Column(name = "CANCELLED_AT")
    private LocalDateTime cancelledAt;

    @Column(name = "ATTENDED")
    private Boolean attended;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Registration() {
    }

    public Registration(Activity activity, long accountId, long registrantSchoolId, Long staffId, String fullName,
                        String schoolName, String positionTitle) {
        this.activity = activity;
        this.organiserKey = activity.getOrganiserKey();
        this.accountId = accountId;
        this.registrantSchoolId = registrantSchoolId;
        this.staffId = staffId;
        this.fullName = fullName;
        this.schoolName = schoolName;
        this.positionTitle = positionTitle;
        this.status = SeatStatus.CANCELLED;
    }

    /** Holds a place from now (registered, or moved up from the queue). */
    public void placed(int number, LocalDateTime now, boolean fromQueue) {
        status = SeatStatus.REGISTERED;
        if (!fromQueue) {
            queueNo = number;
            registeredAt = now;
        }
        placedAt = now;
        cancelledAt = null;
    }

    /** Waits in the queue with its number. */
    public void queued(int number, LocalDateTime now) {
        status = SeatStatus.WAITING;
        queueNo = number;
        registeredAt = now;
        placedAt = null;
        cancelledAt = null;
    }

    public void cancelled(LocalDateTime now) {
        status = SeatStatus.CANCELLED;
        cancelledAt = now;
    }

    public void attended(boolean present) {
        attended = present;
    }

    public Long getId() {
        return id;
    }

    public Activity getActivity() {
        return activity;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getRegistrantSchoolId() {
        return registrantSchoolId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public SeatStatus getStatus() {
        return status;
    }

    public int getQueueNo() {
        return queueNo;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public LocalDateTime getPlacedAt() {
        return placedAt;
    }

    public Boolean getAttended() {
        return attended;
    }
}
