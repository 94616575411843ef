package kz.rudny.cabinet.mentoring.attestation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;

/**
 * DISTRICT-LEVEL (reviewed): for a category, the national qualification test's threshold (percent) and the minimum
 * years of teaching; the same for every school, edited by the district administrator.
 */
@Entity
@Table(name = "MENTORING_CATEGORY_RULE")
public class CategoryRule {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 20)
    private QualificationCategory category;

    @Column(name = "TEST_THRESHOLD", nullable = false)
    private int testThreshold;

    @Column(name = "MIN_YEARS", nullable = false)
    private int minYears;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected CategoryRule() {
    }

    public void change(int newThreshold, int newMinYears) {
        this.testThreshold = newThreshold;
        this.minYears = newMinYears;
    }

    public QualificationCategory getCategory() {
        return category;
    }

    public int getTestThreshold() {
        return testThreshold;
    }

    public int getMinYears() {
        return minYears;
    }

    public long getVersion() {
        return version;
    }
}
