package kz.rudny.cabinet.library.catalogue.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import kz.rudny.cabinet.domain.people.boundary.Language;

/** The bibliographic fields of a title, as typed in the form or read from an imported spreadsheet row. */
public class TitleForm implements Serializable {

    private long openedVersion;

    @NotBlank(message = "{field.required}")
    @Size(max = 500, message = "{field.tooLong}")
    private String title;

    @Size(max = 500, message = "{field.tooLong}")
    private String authors;

    @Size(max = 200, message = "{field.tooLong}")
    private String publisher;

    @Min(value = 1800, message = "{publicationYear.range}")
    @Max(value = 2100, message = "{publicationYear.range}")
    private Integer publicationYear;

    /** As typed: digits, hyphens, spaces, a final X; checked and normalised by {@link Isbn}. */
    @Size(max = 20, message = "{field.tooLong}")
    private String isbn;

    private Language language;

    @NotNull(message = "{field.required}")
    private HoldingType type;

    private Long subjectId;

    @Min(value = 1, message = "{grade.range}")
    @Max(value = 11, message = "{grade.range}")
    private Integer gradeFrom;

    @Min(value = 1, message = "{grade.range}")
    @Max(value = 11, message = "{grade.range}")
    private Integer gradeTo;

    @Size(max = 100, message = "{field.tooLong}")
    private String shelfPlace;

    @Size(max = 4000, message = "{field.tooLong}")
    private String annotation;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = strip(title);
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = strip(authors);
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = strip(publisher);
    }

    public Integer getPublicationYear() {
        return publicationYear;
    }

    public void setPublicationYear(Integer publicationYear) {
        this.publicationYear = publicationYear;
    }

    public String getIsbn() {
        return isbn;
    }

    public void setIsbn(String isbn) {
        this.isbn = strip(isbn);
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public HoldingType getType() {
        return type;
    }

    public void setType(HoldingType type) {
        this.type = type;
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

    public String getShelfPlace() {
        return shelfPlace;
    }

    public void setShelfPlace(String shelfPlace) {
        this.shelfPlace = strip(shelfPlace);
    }

    public String getAnnotation() {
        return annotation;
    }

    public void setAnnotation(String annotation) {
        this.annotation = strip(annotation);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The version of the record this form was filled from (set by the boundary, never typed). */
    public long getOpenedVersion() {
        return openedVersion;
    }

    void openedAt(long version) {
        this.openedVersion = version;
    }
}
