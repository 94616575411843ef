package kz.rudny.cabinet.mentoring.pairs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanHeading;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One item of the school's mentoring-plan template in a language (kk or ru): month, heading, text. */
@Entity
@Table(name = "MENTORING_TEMPLATE_ITEM")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class PlanTemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LANGUAGE_CODE", nullable = false, length = 2)
    private String language;

    @Column(name = "MONTH_NO", nullable = false)
    private int month;

    @Enumerated(EnumType.STRING)
    @Column(name = "HEADING", nullable = false, length = 30)
    private PlanHeading heading;

    @Column(name = "POSITION_NO", nullable = false)
    private int position;

    @Column(name = "TEXT", nullable = false, length = 1000)
    private String text;

    protected PlanTemplateItem() {
    }

    public PlanTemplateItem(String language, int month, PlanHeading heading, int position, String text) {
        this.language = language;
        this.month = month;
        this.heading = heading;
        this.position = position;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public void change(int month, PlanHeading heading, String text) {
        this.month = month;
        this.heading = heading;
        this.text = text;
    }

    public String getLanguage() {
        return language;
    }

    public int getMonth() {
        return month;
    }

    public PlanHeading getHeading() {
        return heading;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
