package kz.rudny.cabinet.mentoring.attestation.control;

import java.util.List;
import java.util.Objects;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.mentoring.attestation.boundary.Checklist;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceKind;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceView;
import kz.rudny.cabinet.mentoring.attestation.boundary.RequirementView;

/**
 * The readiness checklist from the requirements table and a portfolio: a piece of evidence counts for a requirement
 * of its kind when its level is the required one or higher; the test counts with its best result.
 */
public final class Readiness {

    private Readiness() {
    }

    public static Checklist of(QualificationCategory target, List<RequirementView> requirements, int testThreshold,
                               int minYears, List<EvidenceView> portfolio, int years) {
        List<Checklist.Item> items = requirements.stream().filter(r -> r.category() == target)
                .map(r -> new Checklist.Item(r.kind(), r.minLevel(), r.howMany(), (int) portfolio.stream()
                        .filter(e -> e.kind() == r.kind() && e.level().atLeast(r.minLevel())).count()))
                .toList();
        Integer best = portfolio.stream().filter(e -> e.kind() == EvidenceKind.TEST_RESULT)
                .map(EvidenceView::testPercent).filter(Objects::nonNull).max(Integer::compare).orElse(null);
        return new Checklist(target, items, testThreshold, best, minYears, years);
    }
}
