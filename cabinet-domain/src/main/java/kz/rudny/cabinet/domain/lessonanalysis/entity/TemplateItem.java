package kz.rudny.cabinet.domain.lessonanalysis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One criterion of a template, with its section's number and title. School-scoped like its template. */
@Entity
@Table(name = "ANALYSIS_TEMPLATE_ITEM")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public class TemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "TEMPLATE_ID", nullable = false)
    private AnalysisTemplate template;

    @Column(name = "POSITION_NO", nullable = false)
    private int positionNo;

    @Column(name = "SECTION_NO", nullable = false)
    private int sectionNo;

    @Column(name = "SECTION_TITLE", nullable = false, length = 300)
    private String sectionTitle;

    @Column(name = "CRITERION", nullable = false, length = 500)
    private String criterion;

    protected TemplateItem() {
    }

    public TemplateItem(AnalysisTemplate template, int positionNo, int sectionNo, String sectionTitle,
                        String criterion) {
        this.template = template;
        this.positionNo = positionNo;
        this.sectionNo = sectionNo;
        this.sectionTitle = sectionTitle;
        this.criterion = criterion;
    }

    public int getSectionNo() {
        return sectionNo;
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    public String getCriterion() {
        return criterion;
    }
}
