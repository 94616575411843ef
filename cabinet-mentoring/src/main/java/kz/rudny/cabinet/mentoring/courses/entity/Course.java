package kz.rudny.cabinet.mentoring.courses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.domain.files.boundary.StoredFile;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.mentoring.courses.boundary.CourseKind;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A course a teacher took, with its certificate; entered by the teacher, locked once the methodologist confirms it. */
@Entity
@Table(name = "MENTORING_COURSE")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "STAFF_ID", nullable = false)
    private long staffId;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private long accountId;

    @Column(name = "TEACHER_NAME", nullable = false, length = 200)
    private String teacherName;

    @Column(name = "PROVIDER", nullable = false, length = 300)
    private String provider;

    @Column(name = "TITLE", nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private CourseKind kind;

    @Column(name = "HOURS", nullable = false)
    private int hours;

    @Column(name = "STARTS_ON", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ENDS_ON", nullable = false)
    private LocalDate endsOn;

    @Column(name = "CERTIFICATE_NUMBER", length = 60)
    private String certificateNumber;

    @Column(name = "FILE_STORED_NAME", length = 32)
    private String fileStoredName;

    @Column(name = "FILE_NAME", length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "FILE_KIND", length = 20)
    private FileKind fileKind;

    @Column(name = "FILE_SIZE")
    private Long fileSize;

    @Column(name = "FILE_SHA256", length = 64)
    private String fileSha256;

    @Column(name = "ENTERED_AT", nullable = false)
    private LocalDateTime enteredAt;

    @Column(name = "CONFIRMED_AT")
    private LocalDateTime confirmedAt;

    @Column(name = "CONFIRMED_BY_NAME", length = 200)
    private String confirmedByName;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Course() {
    }

    public Course(long staffId, long accountId, String teacherName, LocalDateTime enteredAt) {
        this.staffId = staffId;
        this.accountId = accountId;
        this.teacherName = teacherName;
        this.enteredAt = enteredAt;
    }

    /** What the course was. */
    public record Details(String provider, String title, CourseKind kind, int hours, LocalDate startsOn,
                          LocalDate endsOn, String certificateNumber) {
    }

    public void describe(Details d) {
        this.provider = d.provider();
        this.title = d.title();
        this.kind = d.kind();
        this.hours = d.hours();
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
        this.certificateNumber = d.certificateNumber();
    }

    /** The certificate's scan; answers the stored name it replaces, if any. */
    public String certificate(StoredFile file) {
        String before = fileStoredName;
        this.fileStoredName = file.storedName();
        this.fileName = file.name();
        this.fileKind = file.kind();
        this.fileSize = file.size();
        this.fileSha256 = file.sha256();
        return before;
    }

    public void confirmed(String byName, LocalDateTime at) {
        this.confirmedByName = byName;
        this.confirmedAt = at;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public boolean hasCertificate() {
        return fileStoredName != null;
    }

    public Long getId() {
        return id;
    }

    public long getStaffId() {
        return staffId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getTeacherName() {
        return teacherName;
    }

    public String getProvider() {
        return provider;
    }

    public String getTitle() {
        return title;
    }

    public CourseKind getKind() {
        return kind;
    }

    public int getHours() {
        return hours;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public String getFileStoredName() {
        return fileStoredName;
    }

    public String getFileName() {
        return fileName;
    }

    public FileKind getFileKind() {
        return fileKind;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public LocalDateTime getEnteredAt() {
        return enteredAt;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedByName() {
        return confirmedByName;
    }

    public long getVersion() {
        return version;
    }
}
