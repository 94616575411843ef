package kz.rudny.cabinet.events.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.events.plan.boundary.ExecutionMark;
import kz.rudny.cabinet.events.plan.boundary.PlanItemKind;
import kz.rudny.cabinet.events.plan.boundary.PlanTerm;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One line of the plan: the activity, its kind and term, who is responsible, the form of the result, and its
 * mark of execution. An item put in by another feature names it ({@code sourceKind}/{@code sourceId}). The term
 * is kept as its code and its first and last day (for ordering and for finding overdue items in SQL).
 */
@Entity
@Table(name = "PLAN_ITEM")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PLAN_ID", nullable = false)
    private MethodicalPlan plan;

    @Column(name = "TITLE", length = 500, nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 30, nullable = false)
    private PlanItemKind kind;

    @Column(name = "TERM", length = 7, nullable = false)
    private String term;

    @Column(name = "TERM_STARTS", nullable = false)
    private LocalDate termStarts;

    @Column(name = "TERM_ENDS", nullable = false)
    private LocalDate termEnds;

    @Column(name = "RESPONSIBLE_STAFF_ID")
    private Long responsibleStaffId;

    @Column(name = "RESPONSIBLE_NAME", length = 200, nullable = false)
    private String responsibleName;

    @Column(name = "EXPECTED_RESULT", length = 500)
    private String expectedResult;

    @Enumerated(EnumType.STRING)
    @Column(name = "MARK", length = 20, nullable = false)
    private ExecutionMark mark = ExecutionMark.PLANNED;

    @Column(name = "HELD_ON")
    private LocalDate heldOn;

    @Column(name = "MOVED_FROM", length = 7)
    private String movedFrom;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Column(name = "SOURCE_KIND", length = 30)
    private String sourceKind;

    @Column(name = "SOURCE_ID")
    private Long sourceId;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected PlanItem() {
    }

    public PlanItem(MethodicalPlan plan, LocalDateTime createdAt) {
        this.plan = plan;
        this.createdAt = createdAt;
    }

    public void describe(String title, PlanItemKind kind, PlanTerm term, Long responsibleStaffId, String responsibleName,
                         String expectedResult) {
        this.title = title;
        this.kind = kind;
        termIs(term);
        this.responsibleStaffId = responsibleStaffId;
        this.responsibleName = responsibleName;
        this.expectedResult = expectedResult;
    }

    private void termIs(PlanTerm term) {
        this.term = term.code();
        this.termStarts = term.start();
        this.termEnds = term.end();
    }

    public void held(LocalDate on) {
        mark = ExecutionMark.HELD;
        heldOn = on;
        reason = null;
    }

    /** Moves the item to a new term; the first term it was moved from is kept. */
    public void moved(PlanTerm to, String why) {
        if (movedFrom == null) {
            movedFrom = term;
        }
        termIs(to);
        mark = ExecutionMark.MOVED;
        heldOn = null;
        reason = why;
    }

    public void cancelled(String why) {
        mark = ExecutionMark.CANCELLED;
        heldOn = null;
        reason = why;
    }

    /** Clears the mark: planned again, in its current term. */
    public void reopened() {
        mark = ExecutionMark.PLANNED;
        heldOn = null;
        reason = null;
    }

    public void realisedBy(String kind, long id) {
        this.sourceKind = kind;
        this.sourceId = id;
    }

    /** Puts the item into another year's plan (a source's date moved across the year's end). */
    public void belongsTo(MethodicalPlan other) {
        this.plan = other;
    }

    public PlanTerm term() {
        return PlanTerm.parse(plan.year(), term).orElseThrow(() -> new IllegalStateException("Bad term " + term));
    }

    public PlanTerm movedFromTerm() {
        return movedFrom == null ? null : PlanTerm.parse(plan.year(), movedFrom).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public MethodicalPlan getPlan() {
        return plan;
    }

    public String getTitle() {
        return title;
    }

    public PlanItemKind getKind() {
        return kind;
    }

    public String getTermCode() {
        return term;
    }

    public LocalDate getTermEnds() {
        return termEnds;
    }

    public Long getResponsibleStaffId() {
        return responsibleStaffId;
    }

    public String getResponsibleName() {
        return responsibleName;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public ExecutionMark getMark() {
        return mark;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getReason() {
        return reason;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public long getVersion() {
        return version;
    }
}
