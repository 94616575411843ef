package kz.rudny.cabinet.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.events.plan.boundary.ExecutionForm;
import kz.rudny.cabinet.events.plan.boundary.ExecutionMark;
import kz.rudny.cabinet.events.plan.boundary.PlanItemView;
import kz.rudny.cabinet.events.plan.boundary.PlanTerm;
import kz.rudny.cabinet.events.plan.boundary.Plans;
import kz.rudny.cabinet.web.support.FacesForms;

/** The methodologist marks an item's execution: held on a date, moved to a term, cancelled, or planned again. */
@Named
@ViewScoped
public class PlanItemMarking implements Serializable {

    @Inject
    Plans plans;

    @Inject
    PlanPage page;

    private Long itemId;
    private String itemTitle;
    private ExecutionForm form;

    public void open(long id) {
        itemId = id;
        itemTitle = page.getItems().stream().filter(i -> i.id() == id).map(PlanItemView::title).findFirst().orElse("");
        form = plans.executionForm(id);
        if (form.getMark() == ExecutionMark.PLANNED) {
            form.setMark(ExecutionMark.HELD);
            form.setHeldOn(plans.today());
        }
    }

    public void save() {
        if (FacesForms.submit("execution", () -> plans.execute(itemId, form))) {
            FacesForms.info("plan.marked");
            close();
            page.show();
        }
    }

    public void close() {
        itemId = null;
        form = null;
    }

    public boolean isOpen() {
        return form != null;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public ExecutionForm getForm() {
        return form;
    }

    public ExecutionMark[] getMarks() {
        return ExecutionMark.values();
    }

    public List<PlanTerm> getTerms() {
        return PlanTerm.choices(new AcademicYear(page.getYear()));
    }
}
