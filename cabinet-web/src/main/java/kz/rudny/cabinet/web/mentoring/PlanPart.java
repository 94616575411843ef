package kz.rudny.cabinet.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPlans;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanHeading;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanItemForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanItemView;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;

/**
 * The plan part of a pair's page: the items by month, September to May. The mentor of an open pair starts an empty
 * plan from the school's template, adds items, marks one done (the day and a note, in a small form under the plan)
 * or not done again, and removes one.
 */
@Named
@ViewScoped
public class PlanPart implements Serializable {

    @Inject
    MentoringPlans plans;

    @Inject
    PairPage page;

    @Inject
    Settings settings;

    private List<PlanItemView> items;
    private List<Language> languages;
    private Language language;
    private PlanItemForm form = new PlanItemForm();
    private Long markingId;
    private LocalDate doneOn;
    private String note;

    private void read() {
        items = plans.plan(page.getPairId());
    }

    public List<PlanItemView> getItems() {
        if (items == null) {
            read();
        }
        return items;
    }

    /** The months that have items, in the plan's order. */
    public List<Integer> getMonths() {
        return MentoringPlans.MONTHS.stream().filter(m -> getItems().stream().anyMatch(i -> i.month() == m)).toList();
    }

    public List<PlanItemView> itemsOf(int month) {
        return getItems().stream().filter(i -> i.month() == month).toList();
    }

    public String monthName(int month) {
        return Texts.ui("plan.month." + month);
    }

    public void startFromTemplate() {
        int[] count = {0};
        if (FacesForms.submit("template", () -> count[0] = plans.startFromTemplate(page.getPairId(), language))) {
            FacesForms.info("mentoring.planStarted", count[0]);
            read();
        }
    }

    public void add() {
        if (FacesForms.submit("item", () -> plans.add(page.getPairId(), form))) {
            FacesForms.info("mentoring.itemAdded");
            form = new PlanItemForm();
            read();
        }
    }

    /** Opens the form that marks the item done, with its day and note when it has them. */
    public void chooseMarking(long itemId) {
        markingId = itemId;
        PlanItemView i = getMarking();
        doneOn = i == null || i.doneOn() == null ? LocalDate.now(settings.timeZone()) : i.doneOn();
        note = i == null ? null : i.note();
    }

    public void cancelMarking() {
        markingId = null;
    }

    /**
     * Marks the item done on the day given. The boundary reads no day as "not done": the form, which marks done,
     * refuses an empty day by its field instead of undoing the item under a "marked done" message.
     */
    public void markDone() {
        PlanItemView i = getMarking();
        if (FacesForms.submit("marking", () -> {
            if (doneOn == null) {
                throw new InvalidInputException("doneOn", "field.required");
            }
            plans.markDone(i.id(), i.version(), doneOn, note);
        })) {
            FacesForms.info("mentoring.itemDone");
            markingId = null;
            read();
        }
    }

    /** Marks the item not done again; its note stays. */
    public void markNotDone(long itemId, long version, String itemNote) {
        if (FacesForms.submit("plan", () -> plans.markDone(itemId, version, null, itemNote))) {
            FacesForms.info("mentoring.itemNotDone");
            read();
        }
    }

    public void remove(long itemId, long version) {
        if (FacesForms.submit("plan", () -> plans.remove(itemId, version))) {
            FacesForms.info("mentoring.itemRemoved");
            read();
        }
    }

    /** The item being marked done, or null. */
    public PlanItemView getMarking() {
        return markingId == null ? null
                : getItems().stream().filter(i -> i.id() == markingId).findFirst().orElse(null);
    }

    /** The school's template languages, the first chosen. */
    public List<Language> getLanguages() {
        if (languages == null) {
            languages = plans.templateLanguages();
            language = languages.isEmpty() ? null : languages.get(0);
        }
        return languages;
    }

    public List<Integer> getAllMonths() {
        return MentoringPlans.MONTHS;
    }

    public PlanHeading[] getHeadings() {
        return PlanHeading.values();
    }

    public PlanItemForm getForm() {
        return form;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
