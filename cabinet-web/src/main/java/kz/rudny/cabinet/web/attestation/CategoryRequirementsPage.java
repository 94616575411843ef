package kz.rudny.cabinet.web.attestation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.mentoring.attestation.boundary.AchievementLevel;
import kz.rudny.cabinet.mentoring.attestation.boundary.CategoryRequirements;
import kz.rudny.cabinet.mentoring.attestation.boundary.CategoryRuleView;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceKind;
import kz.rudny.cabinet.mentoring.attestation.boundary.RequirementView;
import kz.rudny.cabinet.web.support.FacesForms;

/**
 * "What each category requires": per category the test threshold, the minimum years of teaching and the evidence
 * required; everyone reads it, the district administrator changes a category's rule and adds, changes and removes
 * its evidence rows (one form below the table at a time).
 */
@Named
@ViewScoped
public class CategoryRequirementsPage implements Serializable {

    @Inject
    CategoryRequirements requirements;

    private List<CategoryTable> tables;
    private CategoryRuleView rule;
    private Integer testThreshold;
    private Integer minYears;
    private QualificationCategory category;
    private RequirementView requirement;
    private EvidenceKind kind;
    private AchievementLevel minLevel;
    private Integer howMany;

    /** One category's rule and its evidence rows. */
    public record CategoryTable(CategoryRuleView rule, List<RequirementView> requirements) implements Serializable {
    }

    public void load() {
        if (tables == null) {
            read();
        }
    }

    private void read() {
        List<RequirementView> all = requirements.requirements();
        tables = requirements.rules().stream()
                .map(r -> new CategoryTable(r, all.stream().filter(q -> q.category() == r.category()).toList()))
                .toList();
    }

    /** Opens the form changing the category's threshold and minimum years. */
    public void chooseRule(CategoryRuleView chosen) {
        cancel();
        rule = chosen;
        testThreshold = chosen.testThreshold();
        minYears = chosen.minYears();
    }

    public void changeRule() {
        if (FacesForms.submit("rule",
                () -> requirements.changeRule(rule.category(), rule.version(), testThreshold, minYears))) {
            FacesForms.info("attestation.ruleChanged");
            cancel();
            read();
        }
    }

    /** Opens the form adding an evidence row to the category. */
    public void startAdding(QualificationCategory to) {
        cancel();
        category = to;
    }

    /** Opens the form changing the evidence row. */
    public void chooseRequirement(RequirementView chosen) {
        cancel();
        category = chosen.category();
        requirement = chosen;
        kind = chosen.kind();
        minLevel = chosen.minLevel();
        howMany = chosen.howMany();
    }

    /** Adds the row, or changes the chosen one. */
    public void saveRequirement() {
        Runnable save = requirement == null ? () -> requirements.add(category, kind, minLevel, howMany)
                : () -> requirements.change(requirement.id(), requirement.version(), kind, minLevel, howMany);
        if (FacesForms.submit("requirement", save)) {
            FacesForms.info("attestation.requirementSaved");
            cancel();
            read();
        }
    }

    public void removeRequirement(RequirementView row) {
        if (FacesForms.submit("requirements", () -> requirements.remove(row.id(), row.version()))) {
            FacesForms.info("attestation.requirementRemoved");
            cancel();
            read();
        }
    }

    /** Closes whichever form is open. */
    public void cancel() {
        rule = null;
        category = null;
        requirement = null;
        kind = null;
        minLevel = null;
        howMany = null;
    }

    public EvidenceKind[] getKinds() {
        return EvidenceKind.values();
    }

    public AchievementLevel[] getLevels() {
        return AchievementLevel.values();
    }

    public List<CategoryTable> getTables() {
        return tables;
    }

    public CategoryRuleView getRule() {
        return rule;
    }

    public Integer getTestThreshold() {
        return testThreshold;
    }

    public void setTestThreshold(Integer testThreshold) {
        this.testThreshold = testThreshold;
    }

    public Integer getMinYears() {
        return minYears;
    }

    public void setMinYears(Integer minYears) {
        this.minYears = minYears;
    }

    public QualificationCategory getCategory() {
        return category;
    }

    public RequirementView getRequirement() {
        return requirement;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public void setKind(EvidenceKind kind) {
        this.kind = kind;
    }

    public AchievementLevel getMinLevel() {
        return minLevel;
    }

    public void setMinLevel(AchievementLevel minLevel) {
        this.minLevel = minLevel;
    }

    public Integer getHowMany() {
        return howMany;
    }

    public void setHowMany(Integer howMany) {
        this.howMany = howMany;
    }
}
