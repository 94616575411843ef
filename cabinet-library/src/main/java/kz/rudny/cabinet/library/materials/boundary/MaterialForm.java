package kz.rudny.cabinet.library.materials.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import kz.rudny.cabinet.domain.people.boundary.Language;

/**
 * What an author says about a material: a title in Kazakh and/or Russian (at least one), description, subject,
 * grades, type, language, association, academic year (its first calendar year) and comma-separated tags.
 */
public class MaterialForm implements Serializable {

    private long openedVersion;

    @Size(max = 300, message = "{field.tooLong}")
    private String titleKk;

    @Size(max = 300, message = "{field.tooLong}")
    private String titleRu;

    @Size(max = 4000, message = "{field.tooLong}")
    private String description;

    private Long subjectId;

    @Min(value = 1, message = "{grade.range}")
    @Max(value = 11, message = "{grade.range}")
    private Integer gradeFrom;

    @Min(value = 1, message = "{grade.range}")
    @Max(value = 11, message = "{grade.range}")
    private Integer gradeTo;

    @NotNull(message = "{field.required}")
    private MaterialType type;

    @NotNull(message = "{field.required}")
    private Language language;

    private Long associationId;

    @NotNull(message = "{field.required}")
    @Min(value = 2000, message = "{academicYear.range}")
    @Max(value = 2100, message = "{academicYear.range}")
    private Integer academicYear;

    @Size(max = 500, message = "{field.tooLong}")
    private String tags;

    public String getTitleKk() {
        return titleKk;
    }

    public void setTitleKk(String titleKk) {
        this.titleKk = titleKk;
    }

    public String getTitleRu() {
        return titleRu;
    }

    public void setTitleRu(String titleRu) {
        this.titleRu = titleRu;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Integer getGradeFrom() {
        return gradeFrom;
    }

    public void setGradeFrom(Integer gradeFrom) {
        this.gradeFrom = gradeFrom;
    }

    public Integer getGradeTo() {
        return gradeTo;
    }

    public void setGradeTo(Integer gradeTo) {
        this.gradeTo = gradeTo;
    }

    public MaterialType getType() {
        return type;
    }

    public void setType(MaterialType type) {
        this.type = type;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Long getAssociationId() {
        return associationId;
    }

    public void setAssociationId(Long associationId) {
        this.associationId = associationId;
    }

    public Integer getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(Integer academicYear) {
        this.academicYear = academicYear;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    /** The version of the record this form was filled from (set by the boundary, never typed). */
    public long getOpenedVersion() {
        return openedVersion;
    }

    void openedAt(long version) {
        this.openedVersion = version;
    }
}
