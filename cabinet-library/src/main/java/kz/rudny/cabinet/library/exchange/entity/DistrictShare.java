package kz.rudny.cabinet.library.exchange.entity;

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
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.materials.boundary.MaterialType;
import kz.rudny.cabinet.library.materials.boundary.ShareState;

/**
 * DISTRICT-LEVEL (reviewed): a published material as its school shared it with the district. It holds a
 * copy of exactly what every school may read, so that reading the district feed never reads a school's own
 * tables. Written only when the material's school methodologist shares it; a withdrawn share stays for
 * the record but is no longer shown.
 */
@Entity
@Table(name = "DISTRICT_SHARE")
public class DistrictShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORIGIN_SCHOOL_ID", nullable = false)
    private long originSchoolId;

    @Column(name = "MATERIAL_ID", nullable = false)
    private long materialId;

    @Column(name = "SCHOOL_NAME", nullable = false, length = 200)
    private String schoolName;

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

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @Column(name = "TAGS", length = 500)
    private String tags;

    @Column(name = "AUTHOR_NAME", nullable = false, length = 200)
    private String authorName;

    @Column(name = "AUTHOR_POSITION", length = 200)
    private String authorPosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 20)
    private ShareState state;

    @Column(name = "SHARED_AT", nullable = false)
    private LocalDateTime sharedAt;

    @Column(name = "SHARED_BY", nullable = false, length = 200)
    private String sharedBy;

    @Column(name = "FEATURED_AT")
    private LocalDateTime featuredAt;

    @Column(name = "FEATURED_BY", length = 200)
    private String featuredBy;

    @Column(name = "WITHDRAWN_AT")
    private LocalDateTime withdrawnAt;

    @Column(name = "WITHDRAWN_BY", length = 200)
    private String withdrawnBy;

    @Column(name = "WITHDRAW_REASON", length = 2000)
    private String withdrawReason;

    @Column(name = "DOWNLOADS", nullable = false)
    private long downloads;

    @OneToMany(mappedBy = "share", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<DistrictShareFile> files = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected DistrictShare() {
    }

    public DistrictShare(long originSchoolId, long materialId) {
        this.originSchoolId = originSchoolId;
        this.materialId = materialId;
    }

    /** (Re)shares: takes the material's current description and files, and clears an earlier withdrawal. */
    public void share(String schoolName, String titleKk, String titleRu, String description, Long subjectId,
                      Integer gradeFrom, Integer gradeTo, MaterialType type, Language language, int academicYear,
                      String tags, String authorName, String authorPosition, String by, LocalDateTime now) {
        this.schoolName = schoolName;
        this.titleKk = titleKk;
        this.titleRu = titleRu;
        this.description = description;
        this.subjectId = subjectId;
        this.gradeFrom = gradeFrom;
        this.gradeTo = gradeTo;
        this.type = type;
        this.language = language;
        this.academicYear = academicYear;
        this.tags = tags;
        this.authorName = authorName;
        this.authorPosition = authorPosition;
        this.state = ShareState.SHARED;
        this.sharedAt = now;
        this.sharedBy = by;
        this.featuredAt = null;
        this.featuredBy = null;
        this.withdrawnAt = null;
        this.withdrawnBy = null;
        this.withdrawReason = null;
        this.files.clear();
    }

    public void feature(String by, LocalDateTime now) {
        this.state = ShareState.FEATURED;
        this.featuredBy = by;
        this.featuredAt = now;
    }

    public void withdraw(String by, String reason, LocalDateTime now) {
        this.state = ShareState.WITHDRAWN;
        this.withdrawnBy = by;
        this.withdrawReason = reason;
        this.withdrawnAt = now;
    }

    public boolean isLive() {
        return state != null && state.isVisibleInDistrict();
    }

    public Long getId() {
        return id;
    }

    public long getOriginSchoolId() {
        return originSchoolId;
    }

    public long getMaterialId() {
        return materialId;
    }

    public String getSchoolName() {
        return schoolName;
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

    public int getAcademicYear() {
        return academicYear;
    }

    public String getTags() {
        return tags;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorPosition() {
        return authorPosition;
    }

    public ShareState getState() {
        return state;
    }

    public LocalDateTime getSharedAt() {
        return sharedAt;
    }

    public String getSharedBy() {
        return sharedBy;
    }

    public LocalDateTime getFeaturedAt() {
        return featuredAt;
    }

    public String getFeaturedBy() {
        return featuredBy;
    }

    public LocalDateTime getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public long getDownloads() {
        return downloads;
    }

    public List<DistrictShareFile> getFiles() {
        return files;
    }
}
