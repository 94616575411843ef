package kz.rudny.cabinet.domain.lessonanalysis.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A school's lesson-analysis template: a name, a language (kk/ru) and its criteria in order. School-scoped. */
@Entity
@Table(name = "ANALYSIS_TEMPLATE")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public class AnalysisTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "LANGUAGE_CODE", nullable = false, length = 2)
    private String languageCode;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("positionNo")
    private List<TemplateItem> items = new ArrayList<>();

    protected AnalysisTemplate() {
    }

    public AnalysisTemplate(String name, String languageCode) {
        this.name = name;
        this.languageCode = languageCode;
    }

    public void rename(String newName, String newLanguageCode) {
        this.name = newName;
        this.languageCode = newLanguageCode;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public long getVersion() {
        return version;
    }

    /** The criteria in order; replaced as a whole when the template is saved. */
    public List<TemplateItem> items() {
        return items;
    }
}
