package kz.rudny.cabinet.mentoring.attestation.boundary;

import java.io.Serializable;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;

/** A category's test threshold (percent) and minimum years of teaching. */
public record CategoryRuleView(QualificationCategory category, int testThreshold, int minYears, long version)
        implements Serializable {
}
