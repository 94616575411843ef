package kz.rudny.cabinet.mentoring.attestation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.mentoring.attestation.control.AttestationRecords;
import kz.rudny.cabinet.mentoring.attestation.entity.CategoryRule;
import kz.rudny.cabinet.mentoring.attestation.entity.Requirement;

/**
 * The district's requirements per qualification category (one table for every school): the national qualification
 * test's threshold and the minimum years of teaching per category, and the evidence each requires. Everyone signed in
 * reads it; the district administrator edits it. Refusals name the field and change nothing.
 */
@ApplicationScoped
@Allowed
@Transactional
public class CategoryRequirements {

    public static final int MAX_HOW_MANY = 20;
    public static final int MAX_YEARS = 40;

    @Inject
    AttestationRecords records;

    /** The thresholds and minimum years, in the order of the categories. */
    public List<CategoryRuleView> rules() {
        return records.rules().stream().sorted(Comparator.comparing(CategoryRule::getCategory))
                .map(r -> new CategoryRuleView(r.getCategory(), r.getTestThreshold(), r.getMinYears(),
                        r.getVersion())).toList();
    }

    /** The evidence required, by category. */
    public List<RequirementView> requirements() {
        return records.requirements().stream().sorted(Comparator.comparing(RequirementView::category)
                .thenComparing(RequirementView::kind)).toList();
    }

    /** Changes a category's test threshold (0..100 %) and minimum years (0..40). */
    @Allowed(Role.DISTRICT_ADMINISTRATOR)
    public void changeRule(QualificationCategory category, long version, Integer threshold, Integer minYears) {
        CategoryRule rule = records.rules().stream().filter(r -> r.getCategory() == category).findFirst()
                .orElseThrow(() -> new NotFoundException("MentoringCategoryRule", category));
        ChangedSinceOpenedException.check("MentoringCategoryRule", category, version, rule.getVersion());
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (threshold == null || threshold < 0 || threshold > 100) {
            problems.add(new InvalidInputException.Problem("testThreshold", "attestation.percentRange"));
        }
        if (minYears == null || minYears < 0 || minYears > MAX_YEARS) {
            problems.add(new InvalidInputException.Problem("minYears", "attestation.yearsRange", MAX_YEARS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        rule.change(threshold, minYears);
        records.district().flush();
    }

    /** Adds a requirement to a category; answers its id. */
    @Allowed(Role.DISTRICT_ADMINISTRATOR)
    public long add(QualificationCategory category, EvidenceKind kind, AchievementLevel minLevel, Integer howMany) {
        check(category, kind, minLevel, howMany);
        Requirement r = new Requirement(category, kind, minLevel, howMany);
        records.district().persist(r);
        records.district().flush();
        return r.getId();
    }

    /** Changes a requirement's kind, level and number. */
    @Allowed(Role.DISTRICT_ADMINISTRATOR)
    public void change(long id, long version, EvidenceKind kind, AchievementLevel minLevel, Integer howMany) {
        Requirement r = find(id);
        ChangedSinceOpenedException.check(AttestationRecords.REQUIREMENT, id, version, r.getVersion());
        check(r.getCategory(), kind, minLevel, howMany);
        r.change(kind, minLevel, howMany);
        records.district().flush();
    }

    /** Removes a requirement. */
    @Allowed(Role.DISTRICT_ADMINISTRATOR)
    public void remove(long id, long version) {
        Requirement r = find(id);
        ChangedSinceOpenedException.check(AttestationRecords.REQUIREMENT, id, version, r.getVersion());
        records.district().remove(r);
        records.district().flush();
    }

    private Requirement find(long id) {
        Requirement r = records.district().find(Requirement.class, id);
        if (r == null) {
            throw new NotFoundException(AttestationRecords.REQUIREMENT, id);
        }
        return r;
    }

    private static void check(QualificationCategory category, EvidenceKind kind, AchievementLevel minLevel,
                              Integer howMany) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (category == null) {
            problems.add(new InvalidInputException.Problem("category", "field.required"));
        }
        if (kind == null) {
            problems.add(new InvalidInputException.Problem("kind", "field.required"));
        } else if (kind == EvidenceKind.TEST_RESULT) {
            problems.add(new InvalidInputException.Problem("kind", "attestation.testIsARule"));
        }
        if (minLevel == null) {
            problems.add(new InvalidInputException.Problem("minLevel", "field.required"));
        }
        if (howMany == null || howMany < 1 || howMany > MAX_HOW_MANY) {
            problems.add(new InvalidInputException.Problem("howMany", "attestation.howManyRange", MAX_HOW_MANY));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
