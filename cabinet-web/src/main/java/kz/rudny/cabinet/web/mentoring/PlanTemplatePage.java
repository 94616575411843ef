package kz.rudny.cabinet.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPlans;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanHeading;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanItemForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanItemView;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;

/**
 * The school's mentoring-plan template, kept by the school methodologist in Kazakh and in Russian: the items by
 * month, September to May; they add an item, change one (in the same form) or remove one. A new pair's plan starts
 * from a copy; plans already started keep theirs.
 */
@Named
@ViewScoped
public class PlanTemplatePage implements Serializable {

    @Inject
    MentoringPlans plans;

    @Inject
    LanguageChoice languageChoice;

    private Language language;
    private List<PlanItemView> items;
    private PlanItemForm form = new PlanItemForm();
    private PlanItemView editing;

    public void load() {
        if (items == null) {
            language = languageChoice.current() == Language.RU ? Language.RU : Language.KK; // as the page reads
            read();
        }
    }

    private void read() {
        items = plans.template(language);
    }

    /** The language switched: its template is shown, the form emptied. */
    public void languageChanged() {
        cancel();
        read();
    }

    /** Adds the item, or saves the changes of the item being changed; a refusal is shown by the fields. */
    public void save() {
        if (editing != null) {
            if (FacesForms.submit("item", () -> plans.changeTemplateItem(editing.id(), form))) {
                FacesForms.info("mentoring.templateItemChanged");
                cancel();
                read();
            }
        } else if (FacesForms.submit("item", () -> plans.addToTemplate(language, form))) {
            FacesForms.info("mentoring.templateItemAdded");
            form = new PlanItemForm();
            read();
        }
    }

    public void edit(PlanItemView item) {
        editing = item;
        form = new PlanItemForm();
        form.setMonth(item.month());
        form.setHeading(item.heading());
        form.setText(item.text());
    }

    public void cancel() {
        editing = null;
        form = new PlanItemForm();
    }

    public void remove(PlanItemView item) {
        if (FacesForms.submit("template", () -> plans.removeTemplateItem(item.id()))) {
            FacesForms.info("mentoring.templateItemRemoved");
            if (editing != null && editing.id() == item.id()) {
                cancel();
            }
            read();
        }
    }

    /** The months that have items, in the plan's order. */
    public List<Integer> getMonths() {
        return MentoringPlans.MONTHS.stream().filter(m -> items.stream().anyMatch(i -> i.month() == m)).toList();
    }

    public List<PlanItemView> itemsOf(int month) {
        return items.stream().filter(i -> i.month() == month).toList();
    }

    public String monthName(int month) {
        return Texts.ui("plan.month." + month);
    }

    public List<Integer> getAllMonths() {
        return MentoringPlans.MONTHS;
    }

    public PlanHeading[] getHeadings() {
        return PlanHeading.values();
    }

    public Language[] getLanguages() {
        return new Language[] {Language.KK, Language.RU};
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public List<PlanItemView> getItems() {
        return items;
    }

    public PlanItemForm getForm() {
        return form;
    }

    public PlanItemView getEditing() {
        return editing;
    }
}
