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
import jakarta.persistence.Version;
import java.time.LocalDate;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanHeading;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** What a pair plans for a month under a heading; the mentor marks it done with the day and a note. */
@Entity
@Table(name = "MENTORING_PLAN_ITEM")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PAIR_ID", nullable = false)
    private long pairId;

    @Column(name = "MONTH_NO", nullable = false)
    private int month;

    @Enumerated(EnumType.STRING)
    @Column(name = "HEADING", nullable = false, length = 30)
    private PlanHeading heading;

    @Column(name = "POSITION_NO", nullable = false)
    private int position;

    @Column(name = "TEXT", nullable = false, length = 1000)
    private String text;

    @Column(name = "DONE_ON")
    private LocalDate doneOn;

    @Column(name = "NOTE", length = 1000)
    private String note;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected PlanItem() {
    }

    public PlanItem(long pairId, int month, PlanHeading heading, int position, String text) {
        this.pairId = pairId;
        this.month = month;
        this.heading = heading;
        this.position = position;
        this.text = text;
    }

    public void change(int newMonth, PlanHeading newHeading, String newText) {
        this.month = newMonth;
        this.heading = newHeading;
        this.text = newText;
    }

    /** Marks it done on the day with a note, or (day null) not done. */
    public void done(LocalDate on, String newNote) {
        this.doneOn = on;
        this.note = newNote;
    }

    public Long getId() {
        return id;
    }

    public long getPairId() {
        return pairId;
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

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
