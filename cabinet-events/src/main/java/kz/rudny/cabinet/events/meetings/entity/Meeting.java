package kz.rudny.cabinet.events.meetings.entity;

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
import kz.rudny.cabinet.events.meetings.boundary.MeetingStatus;
import kz.rudny.cabinet.events.meetings.boundary.MinutesState;
import jakarta.persistence.DiscriminatorType;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A meeting of a methodical association: planned with its agenda, then held (attendance and minutes, numbered
 * within the association's academic year) or cancelled. Its minutes are a draft until made final, then locked.
 */
@Entity
@Table(name = "ASSOCIATION_MEETING")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ASSOCIATION_ID", nullable = false)
    private long associationId;

    @Column(name = "ASSOCIATION_NAME", nullable = false, length = 200)
    private String associationName;

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @Column(name = "STARTS_AT", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ENDS_AT", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "PLACE", length = 200)
    private String place;

    @Column(name = "ROOM_BOOKING_ID")
    private Long roomBookingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "CANCEL_REASON", length = 500)
    private String cancelReason;

    @Column(name = "PROTOCOL_NO")
    private Integer protocolNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "MINUTES_STATE", length = 20)
    private MinutesState minutesState;

    @Column(name = "CHAIR_STAFF_ID")
    private Long chairStaffId;

    @Column(name = "CHAIR_NAME", length = 200)
    private String chairName;

    @Column(name = "SECRETARY_STAFF_ID")
    private Long secretaryStaffId;

    @Column(name = "SECRETARY_NAME", length = 200)
    private String secretaryName;

    @Column(name = "GUESTS", length = 1000)
    private String guests;

    @Column(name = "FINALISED_AT")
    private LocalDateTime finalisedAt;

    @Column(name = "FINALISED_BY_NAME", length = 200)
    private String finalisedByName;

    @Column(name = "PLANNED_BY_NAME", nullable = false, length = 200)
    private String plannedByName;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    /** Grows with every change a calendar should show (time, place, agenda, status). */
    @Column(name = "SEQUENCE_NO", nullable = false)
    private int sequenceNo;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("staffName")
    private List<Attendance> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Decision> decisions = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Meeting() {
    }

    public Meeting(long associationId, String associationName, int academicYear, String plannedByName,
                   LocalDateTime now) {
        this.associationId = associationId;
        this.associationName = associationName;
        this.academicYear = academicYear;
        this.plannedByName = plannedByName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Something a calendar shows changed: the sequence grows and the time of change is kept. */
    public void changed(LocalDateTime now) {
        sequenceNo++;
        updatedAt = now;
    }

    /** The minutes were saved: the row changes, so a form opened before is refused. */
    public void touched(LocalDateTime now) {
        updatedAt = now;
    }

    public void schedule(LocalDateTime starts, LocalDateTime ends, String newPlace) {
        this.startsAt = starts;
        this.endsAt = ends;
        this.place = newPlace;
    }

    public void setAcademicYear(int academicYear) {
        this.academicYear = academicYear;
    }

    public void setRoomBookingId(Long roomBookingId) {
        this.roomBookingId = roomBookingId;
    }

    public void setAssociationName(String associationName) {
        this.associationName = associationName;
    }

    public void cancel(String reason) {
        this.status = MeetingStatus.CANCELLED;
        this.cancelReason = reason;
    }

    /** The meeting took place: it gets its protocol number and a draft of minutes. */
    public void held(int number) {
        this.status = MeetingStatus.HELD;
        this.protocolNo = number;
        this.minutesState = MinutesState.DRAFT;
    }

    public void officers(Long chairId, String chair, Long secretaryId, String secretary, String guestNames) {
        this.chairStaffId = chairId;
        this.chairName = chair;
        this.secretaryStaffId = secretaryId;
        this.secretaryName = secretary;
        this.guests = guestNames;
    }

    public void makeFinal(String byName, LocalDateTime at) {
        this.minutesState = MinutesState.FINAL;
        this.finalisedByName = byName;
        this.finalisedAt = at;
    }

    public boolean isFinal() {
        return minutesState == MinutesState.FINAL;
    }

    public List<AgendaItem> agenda() {
        return agenda;
    }

    public List<Attendance> attendance() {
        return attendance;
    }

    public List<Decision> decisions() {
        return decisions;
    }

    public Long getId() {
        return id;
    }

    public long getAssociationId() {
        return associationId;
    }

    public String getAssociationName() {
        return associationName;
    }

    public int getAcademicYear() {
        return academicYear;
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

    public Long getRoomBookingId() {
        return roomBookingId;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Integer getProtocolNo() {
        return protocolNo;
    }

    public MinutesState getMinutesState() {
        return minutesState;
    }

    public Long getChairStaffId() {
        return chairStaffId;
    }

    public String getChairName() {
        return chairName;
    }

    public Long getSecretaryStaffId() {
        return secretaryStaffId;
    }

    public String getSecretaryName() {
        return secretaryName;
    }

    public String getGuests() {
        return guests;
    }

    public LocalDateTime getFinalisedAt() {
        return finalisedAt;
    }

    public String getFinalisedByName() {
        return finalisedByName;
    }

    public String getPlannedByName() {
        return plannedByName;
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
}
