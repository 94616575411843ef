package kz.rudny.cabinet.events.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The school's methodical plan of one academic year (one per school and year: a unique key). */
@Entity
@Table(name = "METHODICAL_PLAN")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class MethodicalPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "START_YEAR", nullable = false)
    private int startYear;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected MethodicalPlan() {
    }

    public MethodicalPlan(AcademicYear year, LocalDateTime createdAt) {
        this.startYear = year.startYear();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public AcademicYear year() {
        return new AcademicYear(startYear);
    }

    public long getVersion() {
        return version;
    }
}
