package kz.rudny.cabinet.events.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;
import kz.rudny.cabinet.events.plan.control.PlanRecords;
import kz.rudny.cabinet.events.plan.entity.MethodicalPlan;
import kz.rudny.cabinet.events.plan.entity.PlanItem;

/**
 * How other features put what they plan into the school's plan (an association head plans a meeting: it appears
 * in the plan by itself), inside the caller's own transaction so that the plan and the source change together
 * or not at all. An item is found by its {@link PlanSource}; its term is the month of the source's date, in the
 * plan of that date's academic year (created when missing). Any staff member of the school may call it: the
 * source feature has already checked what its own caller may do.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional(TxType.MANDATORY)
public class PlanFromSources {

    @Inject
    PlanRecords records;

    @Inject
    Staff staff;

    @Inject
    Profile profile;

    @Inject
    AuditTrail audit;

    /**
     * Creates the source's item, or updates it (title, date, responsible, kind; a cancelled one is planned
     * again). {@code responsibleStaffId} null: the caller is responsible.
     */
    public void planned(@NotNull PlanSource source, String title, @NotNull LocalDate date, Long responsibleStaffId,
                        @NotNull PlanItemKind kind) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "field.required");
        }
        String text = title.strip();
        if (text.length() > 500) {
            throw new InvalidInputException("title", "plan.titleTooLong");
        }
        StaffCard responsible = responsible(responsibleStaffId);
        PlanTerm term = PlanTerm.monthOf(date);
        MethodicalPlan plan = records.planCreatingIfMissing(term.year());
        PlanItem item = records.bySource(source).orElse(null);
        boolean created = item == null;
        Changes changes = Changes.describe();
        if (created) {
            item = new PlanItem(plan, LocalDateTime.now(ZoneOffset.UTC));
            item.realisedBy(source.kind(), source.id());
            changes.value(EventsField.PLAN_YEAR, term.year().toString()).value(EventsField.PLAN_TITLE, text)
                    .value(EventsField.PLAN_KIND, kind).value(EventsField.PLAN_TERM, term.code())
                    .value(EventsField.PLAN_RESPONSIBLE, responsible.fullName());
        } else {
            changes.field(EventsField.PLAN_TITLE, item.getTitle(), text)
                    .field(EventsField.PLAN_KIND, item.getKind(), kind)
                    .field(EventsField.PLAN_TERM, item.getTermCode(), term.code())
                    .field(EventsField.PLAN_RESPONSIBLE, item.getResponsibleName(), responsible.fullName());
            item.belongsTo(plan);
            if (item.getMark() == ExecutionMark.CANCELLED) {
                item.reopened();
                changes.field(EventsField.PLAN_MARK, ExecutionMark.CANCELLED, ExecutionMark.PLANNED);
            }
        }
        item.describe(text, kind, term, responsible.staffId(), responsible.fullName(),
                created ? null : item.getExpectedResult());
        if (created) {
            records.data().persist(item);
            records.data().flush();
            audit.record(EventsAction.PLAN_ITEM_CREATED, PlanRecords.ITEM, item.getId(), changes);
        } else if (!changes.isEmpty()) {
            audit.record(EventsAction.PLAN_ITEM_CHANGED, PlanRecords.ITEM, item.getId(), changes);
        }
    }

    /** The source was held on the date (a day of its item's plan year). */
    public void held(@NotNull PlanSource source, @NotNull LocalDate date) {
        PlanItem item = item(source);
        if (!item.getPlan().year().equals(AcademicYear.of(date))) {
            throw new InvalidInputException("date", "plan.dateOutsideYear", item.getPlan().year().toString());
        }
        item.held(date);
        executed(item);
    }

    /** The source was cancelled, for the reason. */
    public void cancelled(@NotNull PlanSource source, String reason) {
        PlanItem item = item(source);
        item.cancelled(reason == null || reason.isBlank() ? null : reason.strip());
        executed(item);
    }

    /** The source was moved to another day of the same academic year, for the reason. */
    public void moved(@NotNull PlanSource source, @NotNull LocalDate newDate, String reason) {
        PlanItem item = item(source);
        AcademicYear year = item.getPlan().year();
        if (!year.contains(newDate)) {
            throw new InvalidInputException("date", "plan.dateOutsideYear", year.toString());
        }
        PlanTerm to = PlanTerm.monthOf(newDate);
        if (to.code().equals(item.getTermCode())) {
            return; // a new day in the same month: the plan's term is unchanged
        }
        item.moved(to, reason == null || reason.isBlank() ? null : reason.strip());
        executed(item);
    }

    private PlanItem item(PlanSource source) {
        return records.bySource(source).orElseThrow(() -> new NotFoundException(PlanRecords.ITEM,
                source.kind() + ":" + source.id()));
    }

    private StaffCard responsible(Long staffId) {
        if (staffId == null) {
            return profile.staffCard().orElseThrow(() -> new InvalidInputException("responsibleStaffId",
                    "plan.responsibleUnknown"));
        }
        try {
            return staff.colleague(staffId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("responsibleStaffId", "plan.responsibleUnknown");
        }
    }

    private void executed(PlanItem item) {
        audit.record(EventsAction.PLAN_ITEM_EXECUTED, PlanRecords.ITEM, item.getId(), Changes.describe()
                .value(EventsField.PLAN_TITLE, item.getTitle())
                .value(EventsField.PLAN_MARK, item.getMark())
                .value(EventsField.PLAN_TERM, item.getTermCode())
                .value(EventsField.PLAN_HELD_ON, item.getHeldOn())
                .value(EventsField.PLAN_REASON, item.getReason()));
    }
}
