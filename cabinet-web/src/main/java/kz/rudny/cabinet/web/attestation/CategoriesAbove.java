package kz.rudny.cabinet.web.attestation;

import java.util.Arrays;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;

/** The categories one may aim at or apply for: those above the current one (all of them without one). */
final class CategoriesAbove {

    private CategoriesAbove() {
    }

    static List<QualificationCategory> of(QualificationCategory current) {
        return Arrays.stream(QualificationCategory.values()).filter(c -> current == null || c.compareTo(current) > 0)
                .toList();
    }
}
