package kz.rudny.cabinet.events.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.events.plan.boundary.ExecutionMark;
import kz.rudny.cabinet.events.plan.boundary.Fulfilment;
import kz.rudny.cabinet.events.plan.boundary.PlanItemView;
import kz.rudny.cabinet.events.plan.boundary.PlanSource;
import kz.rudny.cabinet.events.plan.boundary.PlanView;
import kz.rudny.cabinet.events.plan.boundary.QuarterFulfilment;
import kz.rudny.cabinet.events.plan.entity.MethodicalPlan;
import kz.rudny.cabinet.events.plan.entity.PlanItem;

/** The caller's school's plans and items, always through the tenant filter; every id from outside is resolved here. */
@ApplicationScoped
public class PlanRecords {

    public static final String ITEM = "PlanItem";
    public static final String PLAN = "MethodicalPlan";

    /** Items in the plan's order: by term (a month before the quarter it opens), then as they were added. */
    public static final Comparator<PlanItem> ORDER = Comparator.comparing(PlanItem::term)
            .thenComparing(PlanItem::getId);

    @PersistenceContext(unitName = "events")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    public EntityManager data() {
        return tenancy.schoolData(em);
    }

    /** An item of the caller's school, or not found (also for another school's id). */
    public PlanItem item(long id) {
        PlanItem item = data().find(PlanItem.class, id);
        if (item == null) {
            throw new NotFoundException(ITEM, id);
        }
        return item;
    }

    public Optional<PlanItem> bySource(PlanSource source) {
        return data().createQuery("SELECT i FROM PlanItem i WHERE i.sourceKind = :kind AND i.sourceId = :id"
                        + " ORDER BY i.id", PlanItem.class)
                .setParameter("kind", source.kind()).setParameter("id", source.id())
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<MethodicalPlan> plan(AcademicYear year) {
        return data().createQuery("SELECT p FROM MethodicalPlan p WHERE p.startYear = :y", MethodicalPlan.class)
                .setParameter("y", year.startYear()).getResultStream().findFirst();
    }

    /** The year's plan, created when the school has none yet. */
    public MethodicalPlan planCreatingIfMissing(AcademicYear year) {
        return plan(year).orElseGet(() -> {
            MethodicalPlan plan = new MethodicalPlan(year, LocalDateTime.now(ZoneOffset.UTC));
            data().persist(plan);
            data().flush();
            return plan;
        });
    }

    public List<PlanItem> items(MethodicalPlan plan) {
        List<PlanItem> items = new ArrayList<>(data().createQuery("SELECT i FROM PlanItem i WHERE i.plan = :plan",
                PlanItem.class).setParameter("plan", plan).getResultList());
        items.sort(ORDER);
        return items;
    }

    /** The years the school has plans for, latest first. */
    public List<Integer> years() {
        return data().createQuery("SELECT p.startYear FROM MethodicalPlan p ORDER BY p.startYear DESC", Integer.class)
                .getResultList();
    }

    /** The plan as read on {@code today}: numbered items and the fulfilment per quarter and for the year. */
    public PlanView view(AcademicYear year, String schoolName, LocalDate today, boolean editable) {
        List<PlanItem> items = plan(year).map(this::items).orElse(List.of());
        List<PlanItemView> views = new ArrayList<>();
        for (PlanItem item : items) {
            views.add(view(item, views.size() + 1, today));
        }
        List<Fulfilment.Facts> facts = items.stream().map(i -> new Fulfilment.Facts(i.term(), i.getMark())).toList();
        List<QuarterFulfilment> quarters = new ArrayList<>();
        for (Quarter q : Quarter.values()) {
            quarters.add(new QuarterFulfilment(q, Fulfilment.of(facts, q, today)));
        }
        return new PlanView(year, schoolName, List.copyOf(views), List.copyOf(quarters), Fulfilment.of(facts, null, today),
                today, editable);
    }

    public static PlanItemView view(PlanItem i, int number, LocalDate today) {
        return new PlanItemView(i.getId(), number, i.getTitle(), i.getKind(), i.term(), i.getResponsibleStaffId(),
                i.getResponsibleName(), i.getExpectedResult(), i.getMark(), i.getHeldOn(), i.movedFromTerm(),
                i.getReason(), i.getSourceKind(), i.getSourceId(), isOverdue(i, today), i.getVersion());
    }

    /** Term ended before today, neither held nor cancelled (a moved item is overdue once its new term ended). */
    public static boolean isOverdue(PlanItem i, LocalDate today) {
        return i.getMark() != ExecutionMark.HELD && i.getMark() != ExecutionMark.CANCELLED
                && i.getTermEnds().isBefore(today);
    }
}
