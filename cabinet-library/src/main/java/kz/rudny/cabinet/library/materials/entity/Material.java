package kz.rudny.cabinet.library.materials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
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
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.boundary.MaterialType;
import kz.rudny.cabinet.library.materials.boundary.ShareState;
import kz.rudny.cabinet.library.materials.boundary.Titles;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A digital material a teacher shares: its description, files, review status and district standing. */
@Entity
@Table(name = "MATERIAL")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TITLE_KK", length = 300)
    private String titleKk;

    @Column(name = "TITLE_RU", length = 300)
    private String titleRu;

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    @Column(name = "SUBJECT_ID")
    private Long subjectId;

    @Column(name = "GRADE_FROM")
    private Integer gradeFrom;

    @Column(name = "GRADE_TO")
    private Integer gradeTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "MATERIAL_TYPE", nullable = false, length = 40)
    private MaterialType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "CONTENT_LANGUAGE", nullable = false, length = 2)
    private Language language;

    @Column(name = "ASSOCIATION_ID")
    private Long associationId;

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @Column(name = "TAGS", length = 500)
    private String tags;

    @Column(name = "AUTHOR_STAFF_ID", nullable = false)
    private Long authorStaffId;

    @Column(name = "AUTHOR_NAME", nullable = false, length = 200)
    private String authorName;

    @Column(name = "AUTHOR_POSITION", length = 200)
    private String authorPosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private MaterialStatus status = MaterialStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "SHARE_STATE", nullable = false, length = 20)
    private ShareState shareState = ShareState.NONE;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "APPROVED_AT")
    private LocalDateTime approvedAt;

    @Column(name = "PUBLISHED_AT")
    private LocalDateTime publishedAt;

    @Column(name = "DOWNLOADS", nullable = false)
    private long downloads;

    @OneToMany(mappedBy = "material")
    @OrderBy("uploadedAt ASC, id ASC")
    private List<MaterialFile> files = new ArrayList<>();

    @OneToMany(mappedBy = "material")
    @OrderBy("occurredAt ASC, id ASC")
    private List<MaterialStep> steps = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Material() {
    }

    public Material(long authorStaffId, String authorName, String authorPosition, LocalDateTime now) {
        this.authorStaffId = authorStaffId;
        this.authorName = authorName;
        this.authorPosition = authorPosition;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String titleKk, String titleRu, String description, Long subjectId, Integer gradeFrom,
                         Integer gradeTo, MaterialType type, Language language, Long associationId, int academicYear,
                         String tags, LocalDateTime now) {
        this.titleKk = titleKk;
        this.titleRu = titleRu;
        this.description = description;
        this.subjectId = subjectId;
        this.gradeFrom = gradeFrom;
        this.gradeTo = gradeTo;
        this.type = type;
        this.language = language;
        this.associationId = associationId;
        this.academicYear = academicYear;
        this.tags = tags;
        this.updatedAt = now;
    }

    /** The title to show: the one in the reader's language if there is one, else the other. */
    public String title(Language reader) {
        return Titles.inLanguage(titleKk, titleRu, reader);
    }

    /** Both titles, as a certificate and the district see them. */
    public String fullTitle() {
        return Titles.both(titleKk, titleRu);
    }

    public List<MaterialFile> currentFiles() {
        return files.stream().filter(MaterialFile::isCurrent).toList();
    }

    public void moveTo(MaterialStatus next, LocalDateTime now) {
        this.status = next;
        this.updatedAt = now;
        if (next == MaterialStatus.PUBLISHED) {
            this.approvedAt = now;
            this.publishedAt = now;
        }
    }

    public Long getId() {
        return id;
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

    public Long getSubjectId() {
        return subjectId;
    }

    public Integer getGradeFrom() {
        return gradeFrom;
    }

    public Integer getGradeTo() {
        return gradeTo;
    }

    public MaterialType getType() {
        return type;
    }

    public Language getLanguage() {
        return language;
    }

    public Long getAssociationId() {
        return associationId;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public String getTags() {
        return tags;
    }

    public Long getAuthorStaffId() {
        return authorStaffId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorPosition() {
        return authorPosition;
    }

    public MaterialStatus getStatus() {
        return status;
    }

    public ShareState getShareState() {
        return shareState;
    }

    public void setShareState(ShareState shareState) {
        this.shareState = shareState;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public long getDownloads() {
        return downloads;
    }

    public List<MaterialFile> getFiles() {
        return files;
    }

    public List<MaterialStep> getSteps() {
        return steps;
    }

    public long getVersion() {
        return version;
    }
}
