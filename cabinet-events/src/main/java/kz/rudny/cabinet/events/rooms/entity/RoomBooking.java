package kz.rudny.cabinet.events.rooms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.events.rooms.boundary.Slot;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A room held for a slot (school-local times) with a purpose, by a person or by what is held there (a meeting,
 * an event: {@code sourceKind}/{@code sourceId}). Cancelled bookings stay, marked, and hold nothing.
 */
@Entity
@Table(name = "ROOM_BOOKING")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class RoomBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ROOM_ID", nullable = false)
    private Room room;

    @Column(name = "STARTS_AT", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ENDS_AT", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "PURPOSE", length = 300, nullable = false)
    private String purpose;

    @Column(name = "BOOKED_BY_STAFF_ID")
    private Long bookedByStaffId;

    @Column(name = "BOOKED_BY_NAME", length = 200, nullable = false)
    private String bookedByName;

    @Column(name = "SOURCE_KIND", length = 30)
    private String sourceKind;

    @Column(name = "SOURCE_ID")
    private Long sourceId;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "CANCELLED_AT")
    private LocalDateTime cancelledAt;

    @Column(name = "CANCELLED_BY_NAME", length = 200)
    private String cancelledByName;

    /** When it last changed (UTC): the calendar feeds' LAST-MODIFIED; the version is their SEQUENCE. */
    @Column(name = "UPDATED_AT")
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected RoomBooking() {
    }

    public RoomBooking(Room room, Slot slot, String purpose, Long bookedByStaffId, String bookedByName,
                       LocalDateTime createdAt) {
        this.room = room;
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.purpose = purpose;
        this.bookedByStaffId = bookedByStaffId;
        this.bookedByName = bookedByName;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    @PreUpdate
    void changed() {
        this.updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Marks what is held in the room (a meeting, an event), whose changes move or cancel the booking. */
    public void heldFor(String kind, long id) {
        this.sourceKind = kind;
        this.sourceId = id;
    }

    /**
     * Moves it to another slot (what it is held for moved); the caller checks the overlap rule, as a booking does.
     * The version grows, so calendars that show it update it.
     */
    public void moveTo(Slot slot) {
        this.startsAt = slot.start();
        this.endsAt = slot.end();
    }

    public void cancel(String byName, LocalDateTime at) {
        this.cancelledAt = at;
        this.cancelledByName = byName;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Slot slot() {
        return new Slot(startsAt, endsAt);
    }

    public Long getId() {
        return id;
    }

    public Room getRoom() {
        return room;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPurpose() {
        return purpose;
    }

    public Long getBookedByStaffId() {
        return bookedByStaffId;
    }

    public String getBookedByName() {
        return bookedByName;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledByName() {
        return cancelledByName;
    }

    /** When it last changed (UTC); rows older than the column read their creation or cancellation. */
    public LocalDateTime getUpdatedAt() {
        return updatedAt != null ? updatedAt : cancelledAt != null ? cancelledAt : createdAt;
    }

    public long getVersion() {
        return version;
    }
}
