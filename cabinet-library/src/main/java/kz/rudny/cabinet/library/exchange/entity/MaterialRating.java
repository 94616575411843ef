package kz.rudny.cabinet.library.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * DISTRICT-LEVEL (reviewed): one person's 1-5 rating of a material, keyed by the material's school and id, with the
 * rater's school (none for the district's people).
 * Only written and read through {@code Feedback}, after it checked the caller may see that material.
 */
@Entity
@Table(name = "MATERIAL_RATING")
public class MaterialRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MATERIAL_SCHOOL_ID", nullable = false)
    private long materialSchoolId;

    @Column(name = "MATERIAL_ID", nullable = false)
    private long materialId;

    @Column(name = "RATER_ACCOUNT_ID", nullable = false)
    private long raterAccountId;

    @Column(name = "RATER_SCHOOL_ID")
    private Long raterSchoolId;

    @Column(name = "STARS", nullable = false)
    private int stars;

    @Column(name = "RATED_AT", nullable = false)
    private LocalDateTime ratedAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected MaterialRating() {
    }

    public MaterialRating(long materialSchoolId, long materialId, long raterAccountId, Long raterSchoolId) {
        this.materialSchoolId = materialSchoolId;
        this.materialId = materialId;
        this.raterAccountId = raterAccountId;
        this.raterSchoolId = raterSchoolId;
    }

    public void rate(int stars, LocalDateTime now) {
        this.stars = stars;
        this.ratedAt = now;
    }

    public int getStars() {
        return stars;
    }
}
