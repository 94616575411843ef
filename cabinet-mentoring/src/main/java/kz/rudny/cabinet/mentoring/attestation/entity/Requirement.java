package kz.rudny.cabinet.mentoring.attestation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.mentoring.attestation.boundary.AchievementLevel;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceKind;

/**
 * DISTRICT-LEVEL (reviewed): evidence a category requires: how many of a kind, at least at a level; the same for
 * every school, edited by the district administrator.
 */
@Entity
@Table(name = "MENTORING_REQUIREMENT")
public class Requirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false, length = 20)
    private QualificationCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private EvidenceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "MIN_LEVEL", nullable = false, length = 20)
    private AchievementLevel minLevel;

    @Column(name = "HOW_MANY", nullable = false)
    private int howMany;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Requirement() {
    }

    public Requirement(QualificationCategory category, EvidenceKind kind, AchievementLevel minLevel, int howMany) {
        this.category = category;
        change(kind, minLevel, howMany);
    }

    public void change(EvidenceKind newKind, AchievementLevel newMinLevel, int newHowMany) {
        this.kind = newKind;
        this.minLevel = newMinLevel;
        this.howMany = newHowMany;
    }

    public Long getId() {
        return id;
    }

    public QualificationCategory getCategory() {
        return category;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public AchievementLevel getMinLevel() {
        return minLevel;
    }

    public int getHowMany() {
        return howMany;
    }

    public long getVersion() {
        return version;
    }
}
