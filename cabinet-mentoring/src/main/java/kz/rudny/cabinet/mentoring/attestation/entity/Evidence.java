package kz.rudny.cabinet.mentoring.attestation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.domain.files.boundary.StoredFile;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.mentoring.attestation.boundary.AchievementLevel;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceKind;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceLink;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A piece of a teacher's attestation portfolio, with its scanned file when attached. */
@Entity
@Table(name = "MENTORING_EVIDENCE")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "STAFF_ID", nullable = false)
    private long staffId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private EvidenceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "LEVEL_CODE", nullable = false, length = 20)
    private AchievementLevel level;

    @Column(name = "TITLE", nullable = false, length = 500)
    private String title;

    @Column(name = "ACHIEVED_ON", nullable = false)
    private LocalDate achievedOn;

    @Column(name = "PUPIL_NAME", length = 200)
    private String pupilName;

    @Column(name = "PLACE_NO")
    private Integer place;

    @Column(name = "TEST_PERCENT")
    private Integer testPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "LINK_KIND", length = 20)
    private EvidenceLink linkKind;

    @Column(name = "LINK_REF")
    private Long linkRef;

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

    @Column(name = "ADDED_AT", nullable = false)
    private LocalDateTime addedAt;

    protected Evidence() {
    }

    public Evidence(long staffId, Facts facts, LocalDateTime addedAt) {
        this.staffId = staffId;
        this.kind = facts.kind();
        this.level = facts.level();
        this.title = facts.title();
        this.achievedOn = facts.achievedOn();
        this.pupilName = facts.pupilName();
        this.place = facts.place();
        this.testPercent = facts.testPercent();
        this.linkKind = facts.linkKind();
        this.linkRef = facts.linkRef();
        this.addedAt = addedAt;
    }

    /** What the evidence says. */
    public record Facts(EvidenceKind kind, AchievementLevel level, String title, LocalDate achievedOn,
                        String pupilName, Integer place, Integer testPercent, EvidenceLink linkKind, Long linkRef) {
    }

    public void file(StoredFile file) {
        this.fileStoredName = file.storedName();
        this.fileName = file.name();
        this.fileKind = file.kind();
        this.fileSize = file.size();
        this.fileSha256 = file.sha256();
    }

    public Long getId() {
        return id;
    }

    public long getStaffId() {
        return staffId;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public AchievementLevel getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }

    public String getPupilName() {
        return pupilName;
    }

    public Integer getPlace() {
        return place;
    }

    public Integer getTestPercent() {
        return testPercent;
    }

    public EvidenceLink getLinkKind() {
        return linkKind;
    }

    public Long getLinkRef() {
        return linkRef;
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
}
