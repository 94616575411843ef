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
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.mentoring.pairs.boundary.NoteKind;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The mentor's note on the young specialist's difficulty or progress on a day. */
@Entity
@Table(name = "MENTORING_NOTE")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class ProgressNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PAIR_ID", nullable = false)
    private long pairId;

    @Column(name = "NOTED_ON", nullable = false)
    private LocalDate notedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private NoteKind kind;

    @Column(name = "TEXT", nullable = false, length = 2000)
    private String text;

    @Column(name = "AUTHOR_NAME", nullable = false, length = 200)
    private String authorName;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    protected ProgressNote() {
    }

    public ProgressNote(long pairId, LocalDate notedOn, NoteKind kind, String text, String authorName,
                        LocalDateTime createdAt) {
        this.pairId = pairId;
        this.notedOn = notedOn;
        this.kind = kind;
        this.text = text;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getPairId() {
        return pairId;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public NoteKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getAuthorName() {
        return authorName;
    }
}
