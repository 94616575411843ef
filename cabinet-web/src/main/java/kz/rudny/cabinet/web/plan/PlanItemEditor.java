package kz.rudny.cabinet.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.plan.boundary.PlanItemForm;
import kz.rudny.cabinet.events.plan.boundary.PlanItemKind;
import kz.rudny.cabinet.events.plan.boundary.PlanTerm;
import kz.rudny.cabinet.events.plan.boundary.Plans;
import kz.rudny.cabinet.web.support.FacesForms;

/** The methodologist's form for a new plan item or an edited one, on the plan page. */
@Named
@ViewScoped
public class PlanItemEditor implements Serializable {

    @Inject
    Plans plans;

    @Inject
    PlanPage page;

    @Inject
    CurrentCaller caller;

    private Long itemId;
    private PlanItemForm form;
    private List<StaffCard> people;

    @PostConstruct
    void load() {
        if (caller.has(Role.SCHOOL_METHODOLOGIST)) {
            people = plans.responsibleChoices();
            form = plans.newItem(page.getYear());
        }
    }

    public void edit(long id) {
        itemId = id;
        form = plans.form(id);
    }

    public void startNew() {
        itemId = null;
        form = plans.newItem(page.getYear());
    }

    public void save() {
        form.setStartYear(page.getYear());
        boolean added = itemId == null;
        if (FacesForms.submit("item", () -> {
            if (added) {
                plans.add(form);
            } else {
                plans.update(itemId, form);
            }
        })) {
            FacesForms.info(added ? "plan.added" : "plan.saved");
            startNew();
            page.show();
        }
    }

    public List<PlanTerm> getTerms() {
        return PlanTerm.choices(new AcademicYear(page.getYear()));
    }

    public PlanItemKind[] getKinds() {
        return PlanItemKind.values();
    }

    public List<StaffCard> getPeople() {
        return people;
    }

    public PlanItemForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return itemId != null;
    }
}
