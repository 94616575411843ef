package kz.rudny.cabinet.events.plan.boundary;

import kz.rudny.cabinet.domain.export.DocumentFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.audit.boundary.EventsAction;
import kz.rudny.cabinet.events.audit.boundary.EventsField;
import kz.rudny.cabinet.events.plan.control.PlanPdf;
import kz.rudny.cabinet.events.plan.control.PlanRecords;
import kz.rudny.cabinet.events.plan.control.PlanXlsx;
import kz.rudny.cabinet.events.plan.entity.MethodicalPlan;
import kz.rudny.cabinet.events.plan.entity.PlanItem;

/**
 * The school's annual methodical plan: everyone of the school reads it, the school methodologist keeps it (adds,
 * edits, marks execution, deletes items, starts next year's plan from this one). Every refusal is by field and
 * stores nothing; every change is in the audit trail.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Plans {

    @Inject
    PlanRecords records;

    @Inject
    Staff staff;

    @Inject
    Profile profile;

    @Inject
    CurrentCaller caller;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    PlanXlsx xlsx;

    @Inject
    PlanPdf pdf;

    @Inject
    Event<PlanChanged> facts;

    /** Today in the school's time zone: terms begin and end by the school's calendar. */
    public LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    /** The plan of the academic year as of today (empty when the school has none for that year). */
    public PlanView plan(int startYear) {
        return records.view(year(startYear, "year"), profile.schoolName().orElse(""), today(),
                caller.has(Role.SCHOOL_METHODOLOGIST));
    }

    /** The years the school has plans for and the current one, latest first. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>(records.years());
        int current = AcademicYear.of(today()).startYear();
        if (!years.contains(current)) {
            years.add(current);
            years.sort((a, b) -> b - a);
        }
        return years;
    }

    /** The staff members who may be made responsible. */
    public List<StaffCard> responsibleChoices() {
        return staff.colleagues();
    }

    /** An empty item form for the year's plan. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public PlanItemForm newItem(int startYear) {
        PlanItemForm form = new PlanItemForm();
        form.setStartYear(year(startYear, "startYear").startYear());
        return form;
    }

    /** The form filled with the item's current values and version. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public PlanItemForm form(long itemId) {
        PlanItem item = records.item(itemId);
        PlanItemForm form = new PlanItemForm();
        form.setStartYear(item.getPlan().year().startYear());
        form.setTitle(item.getTitle());
        form.setKind(item.getKind());
        form.setTerm(item.getTermCode());
        form.setResponsibleStaffId(item.getResponsibleStaffId());
        form.setExpectedResult(item.getExpectedResult());
        form.openedAt(item.getVersion());
        return form;
    }

    /** Adds an item to the year's plan (the plan is created with its first item). */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public long add(@NotNull @Valid PlanItemForm form) {
        AcademicYear year = year(form.getStartYear(), "startYear");
        PlanTerm term = term(year, form.getTerm(), "term");
        StaffCard responsible = responsible(form.getResponsibleStaffId());
        MethodicalPlan plan = records.planCreatingIfMissing(year);
        PlanItem item = new PlanItem(plan, nowUtc());
        item.describe(form.getTitle(), form.getKind(), term, responsible.staffId(), responsible.fullName(),
                form.getExpectedResult());
        records.data().persist(item);
        records.data().flush();
        audit.record(EventsAction.PLAN_ITEM_CREATED, PlanRecords.ITEM, item.getId(), Changes.describe()
                .value(EventsField.PLAN_YEAR, year.toString())
                .value(EventsField.PLAN_TITLE, item.getTitle())
                .value(EventsField.PLAN_KIND, item.getKind())
                .value(EventsField.PLAN_TERM, item.getTermCode())
                .value(EventsField.PLAN_RESPONSIBLE, item.getResponsibleName())
                .value(EventsField.PLAN_EXPECTED_RESULT, item.getExpectedResult()));
        changed(item);
        return item.getId();
    }

    /** Saves an edited item; refused when it changed since the form was opened. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public void update(long itemId, @NotNull @Valid PlanItemForm form) {
        PlanItem item = records.item(itemId);
        ChangedSinceOpenedException.check(PlanRecords.ITEM, itemId, form.getOpenedVersion(), item.getVersion());
        PlanTerm term = term(item.getPlan().year(), form.getTerm(), "term");
        StaffCard responsible = responsible(form.getResponsibleStaffId());
        Changes changes = Changes.describe()
                .field(EventsField.PLAN_TITLE, item.getTitle(), form.getTitle())
                .field(EventsField.PLAN_KIND, item.getKind(), form.getKind())
                .field(EventsField.PLAN_TERM, item.getTermCode(), term.code())
                .field(EventsField.PLAN_RESPONSIBLE, item.getResponsibleName(), responsible.fullName())
                .field(EventsField.PLAN_EXPECTED_RESULT, item.getExpectedResult(), form.getExpectedResult());
        item.describe(form.getTitle(), form.getKind(), term, responsible.staffId(), responsible.fullName(),
                form.getExpectedResult());
        if (!changes.isEmpty()) {
            audit.record(EventsAction.PLAN_ITEM_CHANGED, PlanRecords.ITEM, itemId, changes);
        }
        changed(item);
    }

    /** The execution form of the item, filled with its current mark. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public ExecutionForm executionForm(long itemId) {
        PlanItem item = records.item(itemId);
        ExecutionForm form = new ExecutionForm();
        form.setMark(item.getMark());
        form.setHeldOn(item.getHeldOn());
        form.setReason(item.getReason());
        form.openedAt(item.getVersion());
        return form;
    }

    /**
     * Marks the item: held on a day of the plan's year not after today; moved to another term of the year, with
     * the reason; cancelled, with the reason; or planned again (mark cleared).
     */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public void execute(long itemId, @NotNull @Valid ExecutionForm form) {
        PlanItem item = records.item(itemId);
        ChangedSinceOpenedException.check(PlanRecords.ITEM, itemId, form.getOpenedVersion(), item.getVersion());
        AcademicYear year = item.getPlan().year();
        switch (form.getMark()) {
            case HELD -> {
                LocalDate on = form.getHeldOn();
                if (on == null) {
                    throw new InvalidInputException("heldOn", "field.required");
                }
                if (!year.contains(on)) {
                    throw new InvalidInputException("heldOn", "plan.dateOutsideYear", year.toString());
                }
                if (on.isAfter(today())) {
                    throw new InvalidInputException("heldOn", "plan.heldInFuture");
                }
                item.held(on);
            }
            case MOVED -> {
                if (form.getNewTerm() == null) {
                    throw new InvalidInputException("newTerm", "field.required");
                }
                PlanTerm to = term(year, form.getNewTerm(), "newTerm");
                if (to.code().equals(item.getTermCode())) {
                    throw new InvalidInputException("newTerm", "plan.sameTerm");
                }
                item.moved(to, reason(form.getReason()));
            }
            case CANCELLED -> item.cancelled(reason(form.getReason()));
            case PLANNED -> item.reopened();
            default -> throw new IllegalStateException();
        }
        recordExecution(item);
        changed(item);
    }

    /** Deletes an item of the plan. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public void delete(long itemId) {
        PlanItem item = records.item(itemId);
        audit.record(EventsAction.PLAN_ITEM_DELETED, PlanRecords.ITEM, itemId, Changes.describe()
                .value(EventsField.PLAN_YEAR, item.getPlan().year().toString())
                .value(EventsField.PLAN_TITLE, item.getTitle())
                .value(EventsField.PLAN_TERM, item.getTermCode()));
        records.data().remove(item);
        changed(item);
    }

    private void changed(PlanItem item) {
        facts.fire(new PlanChanged(caller.schoolId().orElseThrow(), item.getId(), List.of(item.getPlan().year())));
    }

    /**
     * Starts the next year's plan from this year's: every item copied with its term a year later, marks cleared,
     * links to other features not copied. Refused when the next year's plan already has items. Returns how many.
     */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public int startNextYear(int startYear) {
        AcademicYear from = year(startYear, "year");
        AcademicYear to = from.next();
        List<PlanItem> source = records.plan(from).map(records::items).orElse(List.of());
        if (source.isEmpty()) {
            throw new InvalidInputException("year", "plan.nothingToCopy", from.toString());
        }
        MethodicalPlan next = records.planCreatingIfMissing(to);
        if (!records.items(next).isEmpty()) {
            throw new InvalidInputException("year", "plan.nextYearHasItems", to.toString());
        }
        LocalDateTime now = nowUtc();
        for (PlanItem old : source) {
            PlanItem copy = new PlanItem(next, now);
            copy.describe(old.getTitle(), old.getKind(), old.term().nextYear(), old.getResponsibleStaffId(),
                    old.getResponsibleName(), old.getExpectedResult());
            records.data().persist(copy);
        }
        records.data().flush();
        audit.record(EventsAction.PLAN_STARTED_FROM_PREVIOUS, PlanRecords.PLAN, next.getId(), Changes.describe()
                .value(EventsField.PLAN_YEAR, to.toString())
                .value(EventsField.PLAN_ITEMS_COPIED, source.size()));
        return source.size();
    }

    /** The year's plan as a file in the language, laid out by quarter or by term. */
    public byte[] export(int startYear, @NotNull DocumentFormat format, @NotNull Language language,
                         @NotNull ExportLayout layout) {
        PlanView plan = plan(startYear);
        return switch (format) {
            case XLSX -> xlsx.write(plan, language, layout);
            case PDF -> pdf.write(plan, language, layout);
            case DOCX -> throw new IllegalArgumentException("The plan is exported as XLSX or PDF");
        };
    }

    private void recordExecution(PlanItem item) {
        audit.record(EventsAction.PLAN_ITEM_EXECUTED, PlanRecords.ITEM, item.getId(), Changes.describe()
                .value(EventsField.PLAN_TITLE, item.getTitle())
                .value(EventsField.PLAN_MARK, item.getMark())
                .value(EventsField.PLAN_TERM, item.getTermCode())
                .value(EventsField.PLAN_HELD_ON, item.getHeldOn())
                .value(EventsField.PLAN_REASON, item.getReason()));
    }

    private StaffCard responsible(Long staffId) {
        try {
            return staff.colleague(staffId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("responsibleStaffId", "plan.responsibleUnknown");
        }
    }

    static AcademicYear year(Integer startYear, String field) {
        if (startYear == null || startYear < 2000 || startYear > 2100) {
            throw new InvalidInputException(field, "plan.yearUnknown");
        }
        return new AcademicYear(startYear);
    }

    /** The term the code names in the year; refused by the field when it is none, or a month outside the year. */
    static PlanTerm term(AcademicYear year, String code, String field) {
        return PlanTerm.parse(year, code).orElseThrow(() -> PlanTerm.isMonthCode(code)
                ? new InvalidInputException(field, "plan.termOutsideYear", year.toString())
                : new InvalidInputException(field, "plan.termUnknown"));
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "field.required");
        }
        return reason;
    }

    private static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
