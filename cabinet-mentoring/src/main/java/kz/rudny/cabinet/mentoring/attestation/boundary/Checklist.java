package kz.rudny.cabinet.mentoring.attestation.boundary;

import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;

/**
 * The readiness checklist for a target category: each required kind of evidence (how many, at least at which level,
 * how many the portfolio has), the national qualification test (the threshold and the best result so far, null when
 * none), the years of teaching (the minimum and the teacher's), and whether all is there.
 */
public record Checklist(QualificationCategory target, List<Item> items, int testThreshold, Integer bestTest,
                        int minYears, int years) implements Serializable {

    /** One requirement and what the portfolio has for it. */
    public record Item(EvidenceKind kind, AchievementLevel minLevel, int needed, int have) implements Serializable {

        public boolean met() {
            return have >= needed;
        }
    }

    public boolean testMet() {
        return bestTest != null && bestTest >= testThreshold;
    }

    public boolean yearsMet() {
        return years >= minYears;
    }

    /** Everything required is there. */
    public boolean ready() {
        return testMet() && yearsMet() && items.stream().allMatch(Item::met);
    }

    /** How many of the lines (each requirement, the test, the years) are still missing. */
    public long missing() {
        return items.stream().filter(i -> !i.met()).count() + (testMet() ? 0 : 1) + (yearsMet() ? 0 : 1);
    }
}
