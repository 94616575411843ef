package kz.rudny.cabinet.mentoring.selfeducation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.OutcomeKind;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.OutcomeLink;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.Stage;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** What showed a stage's work: a talk, an open lesson, a master class, a publication; linked when in the cabinet. */
@Entity
@Table(name = "MENTORING_SELF_OUTCOME")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TOPIC_ID", nullable = false)
    private long topicId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false, length = 20)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private OutcomeKind kind;

    @Column(name = "TITLE", nullable = false, length = 500)
    private String title;

    @Column(name = "HELD_ON", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "LINK_KIND", length = 20)
    private OutcomeLink linkKind;

    @Column(name = "LINK_REF")
    private Long linkRef;

    protected Outcome() {
    }

    public Outcome(long topicId, Stage stage, OutcomeKind kind, String title, LocalDate heldOn, OutcomeLink linkKind,
                   Long linkRef) {
        this.topicId = topicId;
        this.stage = stage;
        this.kind = kind;
        this.title = title;
        this.heldOn = heldOn;
        this.linkKind = linkKind;
        this.linkRef = linkRef;
    }

    public Long getId() {
        return id;
    }

    public long getTopicId() {
        return topicId;
    }

    public Stage getStage() {
        return stage;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public OutcomeLink getLinkKind() {
        return linkKind;
    }

    public Long getLinkRef() {
        return linkRef;
    }
}
