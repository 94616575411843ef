package kz.rudny.cabinet.mentoring.pairs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A mentor and a young specialist for an academic year, by the school's order (number and date). Open until the
 * year's last day or until ended early with a reason; while open it holds the young specialist's key and one of
 * the mentor's seats (the unique keys of the table, see V300).
 */
@Entity
@Table(name = "MENTORING_PAIR")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class MentoringPair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = SchoolScoped.COLUMN, insertable = false, updatable = false)
    private Long schoolId;

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @Column(name = "YOUNG_STAFF_ID", nullable = false)
    private long youngStaffId;

    @Column(name = "YOUNG_ACCOUNT_ID", nullable = false)
    private long youngAccountId;

    @Column(name = "YOUNG_NAME", nullable = false, length = 200)
    private String youngName;

    @Column(name = "MENTOR_STAFF_ID", nullable = false)
    private long mentorStaffId;

    @Column(name = "MENTOR_ACCOUNT_ID", nullable = false)
    private long mentorAccountId;

    @Column(name = "MENTOR_NAME", nullable = false, length = 200)
    private String mentorName;

    @Column(name = "ORDER_NUMBER", nullable = false, length = 30)
    private String orderNumber;

    @Column(name = "ORDER_DATE", nullable = false)
    private LocalDate orderDate;

    @Column(name = "STARTS_ON", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ENDS_ON", nullable = false)
    private LocalDate endsOn;

    @Column(name = "ENDED_ON")
    private LocalDate endedOn;

    @Column(name = "END_REASON", length = 1000)
    private String endReason;

    @Column(name = "OPEN_YOUNG_ID")
    private Long openYoungId;

    @Column(name = "MENTOR_SEAT")
    private Integer mentorSeat;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY_NAME", nullable = false, length = 200)
    private String createdByName;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected MentoringPair() {
    }

    public MentoringPair(int academicYear, Person young, Person mentor, int mentorSeat, String orderNumber,
                         LocalDate orderDate, LocalDate startsOn, LocalDate endsOn, String createdByName,
                         LocalDateTime createdAt) {
        this.academicYear = academicYear;
        this.youngStaffId = young.staffId();
        this.youngAccountId = young.accountId();
        this.youngName = young.name();
        this.mentorStaffId = mentor.staffId();
        this.mentorAccountId = mentor.accountId();
        this.mentorName = mentor.name();
        this.openYoungId = young.staffId();
        this.mentorSeat = mentorSeat;
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
    }

    /** One side of the pair as the pair records it. */
    public record Person(long staffId, long accountId, String name) {
    }

    /** Ends the pair early (the young specialist left, the mentor changed): it frees its keys. */
    public void end(LocalDate on, String reason) {
        this.endedOn = on;
        this.endReason = reason;
        this.openYoungId = null;
        this.mentorSeat = null;
    }

    /** Open on the day: not ended early and the day is within its term. */
    public boolean isOpen(LocalDate day) {
        return endedOn == null && !day.isAfter(endsOn);
    }

    public boolean isEndedEarly() {
        return endedOn != null;
    }

    public boolean hasMember(long accountId) {
        return accountId == mentorAccountId || accountId == youngAccountId;
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public long getYoungStaffId() {
        return youngStaffId;
    }

    public long getYoungAccountId() {
        return youngAccountId;
    }

    public String getYoungName() {
        return youngName;
    }

    public long getMentorStaffId() {
        return mentorStaffId;
    }

    public long getMentorAccountId() {
        return mentorAccountId;
    }

    public String getMentorName() {
        return mentorName;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public Integer getMentorSeat() {
        return mentorSeat;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public long getVersion() {
        return version;
    }
}
