package kz.rudny.cabinet.events.activities.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.ActivityStatus;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * TOWN-LEVEL (reviewed): an event of a school or of the district. Read through the viewer filter: a school's own
 * event ({@link Audience#SCHOOL}: {@code schoolOnlyId} is its school) only by its own school's people, an open or
 * district event ({@code schoolOnlyId} null) by everyone of the town; without a viewer every query fails (EclipseLink 6174), as school data does without a tenant. Times are
 * the school's local time. {@code taken} and {@code waiting} count the places and the queue; they change only
 * under this row's lock, and the database's check keeps {@code taken} within {@code capacity}.
 */
@Entity
@Table(name = "ACTIVITY")
@AdditionalCriteria("this.schoolOnlyId IS NULL OR this.schoolOnlyId = :" + SchoolScoped.VIEWER_PROPERTY)
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The organising school; null for a district event. */
    @Column(name = "OWNER_SCHOOL_ID")
    private Long ownerSchoolId;

    /** The organising side as registrations name it: the school, or {@link SchoolScoped#DISTRICT}. */
    @Column(name = "ORGANISER_KEY", nullable = false)
    private long organiserKey;

    /** The organising school's name, shown to other schools; null for a district event. */
    @Column(name = "OWNER_NAME", length = 200)
    private String ownerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private ActivityKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "LEVEL_OF", nullable = false, length = 20)
    private ActivityLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "AUDIENCE", nullable = false, length = 10)
    private Audience audience;

    /** The school a school's own event is limited to; null when it is open to the town (the viewer filter's key). */
    @Column(name = "SCHOOL_ONLY_ID")
    private Long schoolOnlyId;

    @Column(name = "TITLE_KK", length = 300)
    private String titleKk;

    @Column(name = "TITLE_RU", length = 300)
    private String titleRu;

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    @Column(name = "STARTS_AT", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ENDS_AT", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "PLACE", length = 300)
    private String place;

    @Column(name = "ONLINE_LINK", length = 500)
    private String onlineLink;

    @Column(name = "ROOM_BOOKING_ID")
    private Long roomBookingId;

    @Column(name = "ORGANISER_ACCOUNT_ID", nullable = false)
    private long organiserAccountId;

    @Column(name = "ORGANISER_NAME", nullable = false, length = 200)
    private String organiserName;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity;

    @Column(name = "TAKEN", nullable = false)
    private int taken;

    @Column(name = "WAITING", nullable = false)
    private int waiting;

    @Column(name = "NEXT_QUEUE_NO", nullable = false)
    private int nextQueueNo;

    @Column(name = "REGISTRATION_OPENS_AT", nullable = false)
    private LocalDateTime registrationOpensAt;

    @Column(name = "REGISTRATION_CLOSES_AT", nullable = false)
    private LocalDateTime registrationClosesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 12)
    private ActivityStatus status;

    @Column(name = "CANCEL_REASON", length = 500)
    private String cancelReason;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    /** Grows with every change calendars show (time, place, cancellation): the calendar entry's SEQUENCE. */
    @Column(name = "SEQUENCE_NO", nullable = false)
    private int sequenceNo;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("positionNo")
    private List<Presenter> presenters = new ArrayList<>();

    protected Activity() {
    }

    public Activity(Long ownerSchoolId, String ownerName, long organiserAccountId, String organiserName,
                    LocalDateTime now) {
        this.ownerSchoolId = ownerSchoolId;
        this.organiserKey = ownerSchoolId == null ? SchoolScoped.DISTRICT : ownerSchoolId;
        this.ownerName = ownerName;
        this.organiserAccountId = organiserAccountId;
        this.organiserName = organiserName;
        this.status = ActivityStatus.DRAFT;
        this.nextQueueNo = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What the organiser describes; the capacity is set apart ({@link #capacityFrom}). */
    public void describe(ActivityKind kind, ActivityLevel level, Audience audience, String titleKk, String titleRu,
                         String description, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                         String onlineLink, LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt) {
        this.kind = kind;
        this.level = level;
        this.audience = audience;
        this.schoolOnlyId = audience == Audience.SCHOOL ? ownerSchoolId : null;
        this.titleKk = titleKk;
        this.titleRu = titleRu;
        this.description = description;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.registrationOpensAt = registrationOpensAt;
        this.registrationClosesAt = registrationClosesAt;
    }

    /** Both titles as the paper and the notices name the event: "Kazakh / Russian", or the one it has. */
    public String bothTitles() {
        return titleKk != null && titleRu != null ? titleKk + " / " + titleRu : titleKk != null ? titleKk : titleRu;
    }

    public void capacityFrom(int capacity) {
        this.capacity = capacity;
    }

    public void published(LocalDateTime now) {
        status = ActivityStatus.PUBLISHED;
        updatedAt = now;
    }

    public void cancelled(String reason, LocalDateTime now) {
        status = ActivityStatus.CANCELLED;
        cancelReason = reason;
        sequenceNo++;
        updatedAt = now;
    }

    public void held(LocalDateTime now) {
        status = ActivityStatus.HELD;
        updatedAt = now;
    }

    public void changed(LocalDateTime now) {
        updatedAt = now;
    }

    /** Its time or place changed after it was published: calendars are to take the new one. */
    public void moved(LocalDateTime now) {
        sequenceNo++;
        updatedAt = now;
    }

    /** A place taken (a registration, or one moved up from the queue). */
    public void placeTaken() {
        taken++;
    }

    public void placeFreed() {
        taken--;
    }

    /** The next number in the queue, which then grows by one. */
    public int queued() {
        waiting++;
        return nextQueueNo++;
    }

    public void leftQueue() {
        waiting--;
    }

    /** The number a registration with a place gets: after every queue number given, so order is kept. */
    public int nextNumber() {
        return nextQueueNo++;
    }

    public void setRoomBookingId(Long roomBookingId) {
        this.roomBookingId = roomBookingId;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerSchoolId() {
        return ownerSchoolId;
    }

    public long getOrganiserKey() {
        return organiserKey;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public ActivityLevel getLevel() {
        return level;
    }

    /** The school a school's own event is limited to; null when the town sees it. */
    public Long getSchoolOnlyId() {
        return schoolOnlyId;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getTitleKk() {
        return titleKk;
    }

    public String getTitleRu() {
        return titleRu;
    }

    public String getDescription() {
        return description;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public Long getRoomBookingId() {
        return roomBookingId;
    }

    public long getOrganiserAccountId() {
        return organiserAccountId;
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getTaken() {
        return taken;
    }

    public int getWaiting() {
        return waiting;
    }

    public LocalDateTime getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public LocalDateTime getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public long getVersion() {
        return version;
    }

    public List<Presenter> presenters() {
        return presenters;
    }
}
