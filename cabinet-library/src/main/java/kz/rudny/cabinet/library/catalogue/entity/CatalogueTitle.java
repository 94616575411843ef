package kz.rudny.cabinet.library.catalogue.entity;

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
import kz.rudny.cabinet.library.catalogue.boundary.HoldingType;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A title of the cabinet library with its bibliographic fields and its copies. School-scoped. */
@Entity
@Table(name = "CATALOGUE_TITLE")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class CatalogueTitle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TITLE", nullable = false, length = 500)
    private String title;

    @Column(name = "AUTHORS", length = 500)
    private String authors;

    @Column(name = "PUBLISHER", length = 200)
    private String publisher;

    @Column(name = "PUBLICATION_YEAR")
    private Integer publicationYear;

    /** Normalised ISBN-13 (digits only), or none. */
    @Column(name = "ISBN", length = 13)
    private String isbn;

    @Enumerated(EnumType.STRING)
    @Column(name = "CONTENT_LANGUAGE", length = 2)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "HOLDING_TYPE", nullable = false, length = 40)
    private HoldingType type;

    @Column(name = "SUBJECT_ID")
    private Long subjectId;

    @Column(name = "GRADE_FROM")
    private Integer gradeFrom;

    @Column(name = "GRADE_TO")
    private Integer gradeTo;

    @Column(name = "SHELF_PLACE", length = 100)
    private String shelfPlace;

    @Column(name = "ANNOTATION", length = 4000)
    private String annotation;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "title")
    @OrderBy("inventoryNumber")
    @BatchFetch(BatchFetchType.IN) // a page of titles loads its copies in one query, not one per title
    private List<CatalogueCopy> copies = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected CatalogueTitle() {
    }

    public CatalogueTitle(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** Sets every bibliographic field at once (the form is validated by the boundary). */
    public void describe(String title, String authors, String publisher, Integer publicationYear, String isbn,
                         Language language, HoldingType type, Long subjectId, Integer gradeFrom, Integer gradeTo,
                         String shelfPlace, String annotation) {
        this.title = title;
        this.authors = authors;
        this.publisher = publisher;
        this.publicationYear = publicationYear;
        this.isbn = isbn;
        this.language = language;
        this.type = type;
        this.subjectId = subjectId;
        this.gradeFrom = gradeFrom;
        this.gradeTo = gradeTo;
        this.shelfPlace = shelfPlace;
        this.annotation = annotation;
    }

    public void addCopy(CatalogueCopy copy) {
        copies.add(copy);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthors() {
        return authors;
    }

    public String getPublisher() {
        return publisher;
    }

    public Integer getPublicationYear() {
        return publicationYear;
    }

    public String getIsbn() {
        return isbn;
    }

    public Language getLanguage() {
        return language;
    }

    public HoldingType getType() {
        return type;
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

    public String getShelfPlace() {
        return shelfPlace;
    }

    public String getAnnotation() {
        return annotation;
    }

    public List<CatalogueCopy> getCopies() {
        return List.copyOf(copies);
    }

    public long getVersion() {
        return version;
    }
}
