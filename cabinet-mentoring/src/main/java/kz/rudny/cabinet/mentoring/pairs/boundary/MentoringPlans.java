package kz.rudny.cabinet.mentoring.pairs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.mentoring.pairs.control.PairAccess;
import kz.rudny.cabinet.mentoring.pairs.control.PairRecords;
import kz.rudny.cabinet.mentoring.pairs.entity.MentoringPair;
import kz.rudny.cabinet.mentoring.pairs.entity.PlanItem;
import kz.rudny.cabinet.mentoring.pairs.entity.PlanTemplateItem;

/**
 * A pair's mentoring plan, month by month from September to May under the usual headings. The mentor starts it
 * from the school's template in Kazakh or Russian (only while the plan is empty), adds, changes and removes items,
 * and marks each done with the day and a note (or not done again); the young specialist and the methodologist read
 * it. Only while the pair is open. Refusals name the field and change nothing.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class MentoringPlans {

    public static final int MAX_TEXT = 1000;
    /** The months of a plan in their order: September to May. */
    public static final List<Integer> MONTHS = List.of(9, 10, 11, 12, 1, 2, 3, 4, 5);

    @Inject
    PairRecords records;

    @Inject
    PairAccess access;

    @Inject
    Settings settings;

    /** The plan in the order of the year: by month (September first), then heading, then as added. */
    public List<PlanItemView> plan(long pairId) {
        access.readable(pairId);
        return records.plan(pairId).stream().sorted(Comparator.comparingInt((PlanItem i) -> MONTHS.indexOf(i.getMonth()))
                        .thenComparing(PlanItem::getHeading).thenComparingInt(PlanItem::getPosition)
                        .thenComparing(PlanItem::getId))
                .map(i -> new PlanItemView(i.getId(), i.getMonth(), i.getHeading(), i.getText(), i.getDoneOn(),
                        i.getNote(), i.getVersion())).toList();
    }

    /** The languages the school has a template in (kk, ru). */
    public List<Language> templateLanguages() {
        return records.templateLanguages().stream().map(Language::fromCode).flatMap(java.util.Optional::stream)
                .toList();
    }

    /** Copies the school's template in the language into the empty plan; answers how many items it has now. */
    public int startFromTemplate(long pairId, @NotNull Language language) {
        MentoringPair p = writable(pairId);
        if (!records.plan(p.getId()).isEmpty()) {
            throw new InvalidInputException("language", "mentoring.planNotEmpty");
        }
        List<PlanTemplateItem> template = records.template(language.code());
        if (template.isEmpty()) {
            throw new InvalidInputException("language", "mentoring.noTemplate");
        }
        for (PlanTemplateItem t : template) {
            records.data().persist(new PlanItem(p.getId(), t.getMonth(), t.getHeading(), t.getPosition(), t.getText()));
        }
        records.data().flush();
        return template.size();
    }

    /**
     * The school's template in the language, in the order of the year, for the school methodologist who keeps it
     * (each new pair's plan starts from a copy; plans already started keep theirs).
     */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public List<PlanItemView> template(@NotNull Language language) {
        return records.template(language.code()).stream()
                .sorted(Comparator.comparingInt((PlanTemplateItem t) -> MONTHS.indexOf(t.getMonth()))
                        .thenComparing(PlanTemplateItem::getHeading).thenComparingInt(PlanTemplateItem::getPosition)
                        .thenComparing(PlanTemplateItem::getId))
                .map(t -> new PlanItemView(t.getId(), t.getMonth(), t.getHeading(), t.getText(), null, null, 0))
                .toList();
    }

    /** Adds an item to the school's template in the language; answers its id. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public long addToTemplate(@NotNull Language language, @NotNull PlanItemForm form) {
        check(form);
        int position = records.template(language.code()).stream().mapToInt(PlanTemplateItem::getPosition).max()
                .orElse(0) + 1;
        PlanTemplateItem t = new PlanTemplateItem(language.code(), form.getMonth(), form.getHeading(), position,
                form.getText());
        records.data().persist(t);
        records.data().flush();
        return t.getId();
    }

    /** Changes an item of the school's template. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public void changeTemplateItem(long itemId, @NotNull PlanItemForm form) {
        PlanTemplateItem t = templateItem(itemId);
        check(form);
        t.change(form.getMonth(), form.getHeading(), form.getText());
        records.data().flush();
    }

    /** Removes an item of the school's template. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public void removeTemplateItem(long itemId) {
        records.data().remove(templateItem(itemId));
        records.data().flush();
    }

    private PlanTemplateItem templateItem(long itemId) {
        PlanTemplateItem t = records.data().find(PlanTemplateItem.class, itemId);
        if (t == null) {
            throw new NotFoundException("MentoringTemplateItem", itemId);
        }
        return t;
    }

    /** Adds an item; answers its id. */
    public long add(long pairId, @NotNull PlanItemForm form) {
        MentoringPair p = writable(pairId);
        check(form);
        int position = records.plan(p.getId()).stream().mapToInt(PlanItem::getPosition).max().orElse(0) + 1;
        PlanItem i = new PlanItem(p.getId(), form.getMonth(), form.getHeading(), position, form.getText());
        records.data().persist(i);
        records.data().flush();
        return i.getId();
    }

    /** Changes an item's month, heading and text. */
    public void change(long itemId, long version, @NotNull PlanItemForm form) {
        PlanItem i = ownItem(itemId, version);
        check(form);
        i.change(form.getMonth(), form.getHeading(), form.getText());
        records.data().flush();
    }

    /** Removes an item. */
    public void remove(long itemId, long version) {
        records.data().remove(ownItem(itemId, version));
        records.data().flush();
    }

    /**
     * Marks the item done on the day with a note (the day not in the future, not before the pair began), or, with
     * no day, not done again (the note is kept).
     */
    public void markDone(long itemId, long version, LocalDate on, String note) {
        PlanItem i = ownItem(itemId, version);
        MentoringPair p = records.pair(i.getPairId());
        String text = note == null || note.isBlank() ? null : note.strip();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (on != null && on.isAfter(today())) {
            problems.add(new InvalidInputException.Problem("doneOn", "mentoring.doneInFuture"));
        } else if (on != null && on.isBefore(p.getStartsOn())) {
            problems.add(new InvalidInputException.Problem("doneOn", "mentoring.doneBeforePair"));
        }
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(new InvalidInputException.Problem("note", "mentoring.tooLong", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        i.done(on, text);
        records.data().flush();
    }

    private void check(PlanItemForm form) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (form.getMonth() == null) {
            problems.add(new InvalidInputException.Problem("month", "field.required"));
        } else if (!MONTHS.contains(form.getMonth())) {
            problems.add(new InvalidInputException.Problem("month", "mentoring.monthOutsidePlan"));
        }
        if (form.getHeading() == null) {
            problems.add(new InvalidInputException.Problem("heading", "field.required"));
        }
        if (form.getText() == null) {
            problems.add(new InvalidInputException.Problem("text", "field.required"));
        } else if (form.getText().length() > MAX_TEXT) {
            problems.add(new InvalidInputException.Problem("text", "mentoring.tooLong", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private PlanItem ownItem(long itemId, long version) {
        PlanItem i = records.planItem(itemId);
        try {
            writable(i.getPairId());
        } catch (NotFoundException e) {
            throw new NotFoundException(PairRecords.PLAN_ITEM, itemId);
        }
        ChangedSinceOpenedException.check(PairRecords.PLAN_ITEM, itemId, version, i.getVersion());
        return i;
    }

    /** The pair, for its mentor, while it is open. */
    private MentoringPair writable(long pairId) {
        MentoringPair p = access.asMentor(pairId);
        if (!p.isOpen(today())) {
            throw new InvalidInputException("pair", "mentoring.pairClosed");
        }
        return p;
    }

    private LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }
}
