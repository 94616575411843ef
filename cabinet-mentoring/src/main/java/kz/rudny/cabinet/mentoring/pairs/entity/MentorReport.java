package kz.rudny.cabinet.mentoring.pairs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.mentoring.pairs.boundary.Recommendation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The mentor's report of a pair's year: the texts on difficulties and progress and the recommendation; submitted by
 * the mentor, then signed off by the school methodologist, after which nothing changes.
 */
@Entity
@Table(name = "MENTORING_REPORT")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class MentorReport {

    @Id
    @Column(name = "PAIR_ID")
    private Long pairId;

    @Column(name = "DIFFICULTIES", length = 4000)
    private String difficulties;

    @Column(name = "PROGRESS", length = 4000)
    private String progress;

    @Enumerated(EnumType.STRING)
    @Column(name = "RECOMMENDATION", length = 20)
    private Recommendation recommendation;

    @Column(name = "SUBMITTED_AT")
    private LocalDateTime submittedAt;

    @Column(name = "SIGNED_AT")
    private LocalDateTime signedAt;

    @Column(name = "SIGNED_BY_NAME", length = 200)
    private String signedByName;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected MentorReport() {
    }

    public MentorReport(long pairId) {
        this.pairId = pairId;
    }

    public void write(String newDifficulties, String newProgress, Recommendation newRecommendation) {
        this.difficulties = newDifficulties;
        this.progress = newProgress;
        this.recommendation = newRecommendation;
    }

    public void submitted(LocalDateTime at) {
        this.submittedAt = at;
    }

    public void signed(String byName, LocalDateTime at) {
        this.signedByName = byName;
        this.signedAt = at;
    }

    public Long getPairId() {
        return pairId;
    }

    public String getDifficulties() {
        return difficulties;
    }

    public String getProgress() {
        return progress;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }

    public String getSignedByName() {
        return signedByName;
    }

    public long getVersion() {
        return version;
    }
}
