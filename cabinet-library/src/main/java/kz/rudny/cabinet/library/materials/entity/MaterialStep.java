package kz.rudny.cabinet.library.materials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.library.materials.boundary.StepKind;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A recorded step of a material: who, when, what, with which comment. Never changed once written. */
@Entity
@Table(name = "MATERIAL_STEP")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class MaterialStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "MATERIAL_ID", nullable = false)
    private Material material;

    @Enumerated(EnumType.STRING)
    @Column(name = "STEP", nullable = false, length = 20)
    private StepKind step;

    @Column(name = "ACTOR_NAME", nullable = false, length = 200)
    private String actorName;

    @Column(name = "OCCURRED_AT", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "STEP_COMMENT", length = 2000)
    private String comment;

    protected MaterialStep() {
    }

    public MaterialStep(Material material, StepKind step, String actorName, LocalDateTime occurredAt, String comment) {
        this.material = material;
        this.step = step;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public StepKind getStep() {
        return step;
    }

    public String getActorName() {
        return actorName;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getComment() {
        return comment;
    }
}
