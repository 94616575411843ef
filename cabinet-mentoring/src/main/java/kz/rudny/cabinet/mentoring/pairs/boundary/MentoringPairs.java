package kz.rudny.cabinet.mentoring.pairs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.errors.Conflicts;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecord;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecords;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.mentoring.audit.boundary.MentoringAction;
import kz.rudny.cabinet.mentoring.audit.boundary.MentoringField;
import kz.rudny.cabinet.mentoring.pairs.control.MentoringSettings;
import kz.rudny.cabinet.mentoring.pairs.control.PairAccess;
import kz.rudny.cabinet.mentoring.pairs.control.PairRecords;
import kz.rudny.cabinet.mentoring.pairs.control.PairViews;
import kz.rudny.cabinet.mentoring.pairs.entity.MentoringPair;

/**
 * Young specialists and their mentors. The school methodologist sees the school's young specialists of the year
 * (derived from the day each started teaching) with and without a mentor, assigns a mentor by the school's order for
 * the academic year (the mentor: an active colleague who is not a young specialist, with fewer mentees than the
 * limit, a setting), and ends a pair early with a reason; both people are told each time. The mentor and the young
 * specialist see their own pairs; other teachers none. Every refusal names the field and changes nothing; two
 * methodologists at the same moment cannot give a young specialist two mentors or a mentor more than the limit (the
 * table's unique keys): the second is told so.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class MentoringPairs {

    public static final int MAX_ORDER_NUMBER = 30;
    public static final int MAX_REASON = 1000;

    @Inject
    PairRecords records;

    @Inject
    Event<SchoolFiguresChanged> facts;

    @Inject
    PairAccess access;

    @Inject
    TeachingRecords teaching;

    @Inject
    CurrentCaller caller;

    @Inject
    Notifications notifications;

    @Inject
    MentoringSettings mentoring;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    /** The school's young specialists this academic year, each with their open pair or none. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public List<YoungSpecialistView> youngSpecialists() {
        LocalDate today = today();
        AcademicYear year = AcademicYear.of(today);
        Map<Long, MentoringPair> open = new HashMap<>();
        records.ofYear(year.startYear()).stream().filter(p -> p.isOpen(today))
                .forEach(p -> open.put(p.getYoungStaffId(), p));
        List<YoungSpecialistView> list = new ArrayList<>();
        for (TeachingRecord r : teaching.onDay(today).stream().filter(r -> r.active() && r.youngSpecialist())
                .toList()) {
            MentoringPair p = open.get(r.card().staffId());
            list.add(new YoungSpecialistView(r.card().staffId(), r.card().fullName(), r.card().jobTitle(),
                    r.teachingSince(), year.startYear() - AcademicYear.of(r.teachingSince()).startYear() + 1,
                    p == null ? null : PairViews.view(p, caller.accountId(), today)));
        }
        return list;
    }

    /** The colleagues who may mentor this year (active, not young specialists), with their mentees and the limit. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public List<MentorChoice> mentorChoices() {
        LocalDate today = today();
        int year = AcademicYear.of(today).startYear();
        Map<Long, Integer> mentees = new HashMap<>();
        records.ofYear(year).stream().filter(p -> p.isOpen(today))
                .forEach(p -> mentees.merge(p.getMentorStaffId(), 1, Integer::sum));
        List<MentorChoice> choices = new ArrayList<>();
        for (TeachingRecord r : teaching.onDay(today)) {
            if (r.active() && !r.youngSpecialist()) {
                choices.add(new MentorChoice(r.card().staffId(), r.card().fullName(), r.card().jobTitle(),
                        mentees.getOrDefault(r.card().staffId(), 0), mentoring.maxMentees()));
            }
        }
        return choices;
    }

    /**
     * Assigns the mentor for this academic year by the school's order, from the order's date to the year's last
     * working month (31 May). Refused by the field: a missing or unknown person, someone who is not a young
     * specialist, a young specialist already mentored this year, a mentor who is a young specialist, inactive, the
     * young specialist themself or already at the limit, a missing or too long order number, an order date missing,
     * in the future or outside the academic year. Answers the pair's id.
     */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public long assign(@NotNull AssignmentForm form) {
        LocalDate today = today();
        AcademicYear year = AcademicYear.of(today);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Map<Long, TeachingRecord> school = new HashMap<>();
        teaching.onDay(today).forEach(r -> school.put(r.card().staffId(), r));
        TeachingRecord young = person(school, form.getYoungStaffId(), "youngStaffId", problems);
        TeachingRecord mentor = person(school, form.getMentorStaffId(), "mentorStaffId", problems);
        if (young != null && (!young.youngSpecialist() || !young.active())) {
            problems.add(new InvalidInputException.Problem("youngStaffId", "mentoring.notYoungSpecialist"));
            young = null;
        }
        if (young != null && records.openPairOf(young.card().staffId(), year.startYear()).isPresent()) {
            problems.add(new InvalidInputException.Problem("youngStaffId", "mentoring.alreadyMentored"));
        }
        if (mentor != null) {
            if (!mentor.active()) {
                problems.add(new InvalidInputException.Problem("mentorStaffId", "mentoring.mentorInactive"));
            } else if (young != null && mentor.card().staffId() == young.card().staffId()) {
                problems.add(new InvalidInputException.Problem("mentorStaffId", "mentoring.mentorSelf"));
            } else if (mentor.youngSpecialist()) {
                problems.add(new InvalidInputException.Problem("mentorStaffId", "mentoring.mentorYoung"));
            } else if (freeSeat(mentor.card().staffId(), year.startYear()) == 0) {
                problems.add(new InvalidInputException.Problem("mentorStaffId", "mentoring.mentorFull",
                        mentoring.maxMentees()));
            }
        }
        if (form.getOrderNumber() == null) {
            problems.add(new InvalidInputException.Problem("orderNumber", "field.required"));
        } else if (form.getOrderNumber().length() > MAX_ORDER_NUMBER) {
            problems.add(new InvalidInputException.Problem("orderNumber", "mentoring.tooLong", MAX_ORDER_NUMBER));
        }
        if (form.getOrderDate() == null) {
            problems.add(new InvalidInputException.Problem("orderDate", "field.required"));
        } else if (form.getOrderDate().isAfter(today)) {
            problems.add(new InvalidInputException.Problem("orderDate", "mentoring.orderInFuture"));
        } else if (!year.contains(form.getOrderDate())) {
            problems.add(new InvalidInputException.Problem("orderDate", "mentoring.orderOutsideYear",
                    year.startYear() + "-" + (year.startYear() + 1)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MentoringPair p = new MentoringPair(year.startYear(), person(young), person(mentor),
                freeSeat(mentor.card().staffId(), year.startYear()), form.getOrderNumber(), form.getOrderDate(),
                form.getOrderDate(), year.firstDay().plusMonths(9).minusDays(1), caller.getFullName(),
                LocalDateTime.now(ZoneOffset.UTC));
        try {
            records.data().persist(p);
            records.data().flush();
        } catch (PersistenceException e) {
            if (Conflicts.isUniqueViolation(e)) {
                throw new InvalidInputException("mentorStaffId", "mentoring.assignedMeanwhile");
            }
            throw e;
        }
        audit.record(MentoringAction.MENTOR_ASSIGNED, PairRecords.PAIR, p.getId(), Changes.describe()
                .value(MentoringField.YOUNG_SPECIALIST, p.getYoungName()).value(MentoringField.MENTOR, p.getMentorName())
                .value(MentoringField.ORDER_NUMBER, p.getOrderNumber()).value(MentoringField.ORDER_DATE, p.getOrderDate()));
        facts.fire(new MentoringChanged(caller.schoolId().orElseThrow(), p.getId()));
        String link = "/mentoring/pair.xhtml?id=" + p.getId();
        notifications.send(List.of(young.accountId()), Notice.about("notice.mentoring.mentorAssigned",
                mentor.card().fullName(), form.getOrderNumber(), form.getOrderDate().format(PaperDates.DAY))
                .linkingTo(link));
        notifications.send(List.of(mentor.accountId()), Notice.about("notice.mentoring.menteeAssigned",
                young.card().fullName(), form.getOrderNumber(), form.getOrderDate().format(PaperDates.DAY))
                .linkingTo(link));
        return p.getId();
    }

    /** Ends an open pair early with a reason (the young specialist left, the mentor changed); both are told. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public void end(long pairId, String reason) {
        MentoringPair p = records.pair(pairId);
        LocalDate today = today();
        if (!p.isOpen(today)) {
            throw new InvalidInputException("reason", "mentoring.pairClosed");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text == null) {
            throw new InvalidInputException("reason", "field.required");
        }
        if (text.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "mentoring.tooLong", MAX_REASON);
        }
        p.end(today, text);
        records.data().flush();
        audit.record(MentoringAction.MENTORING_ENDED, PairRecords.PAIR, p.getId(), Changes.describe()
                .value(MentoringField.YOUNG_SPECIALIST, p.getYoungName()).value(MentoringField.MENTOR, p.getMentorName())
                .value(MentoringField.END_REASON, text));
        facts.fire(new MentoringChanged(caller.schoolId().orElseThrow(), p.getId()));
        notifications.send(List.of(p.getMentorAccountId(), p.getYoungAccountId()),
                Notice.about("notice.mentoring.pairEnded", p.getMentorName(), p.getYoungName(), text)
                        .linkingTo("/mentoring/pair.xhtml?id=" + p.getId()));
    }

    /** Every pair of this academic year, for the school methodologist. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public List<PairView> ofThisYear() {
        LocalDate today = today();
        return records.ofYear(AcademicYear.of(today).startYear()).stream()
                .map(p -> PairViews.view(p, caller.accountId(), today)).toList();
    }

    /** The caller's own pairs, as mentor or young specialist, the latest year first. */
    public List<PairView> mine() {
        LocalDate today = today();
        return records.ofAccount(caller.accountId()).stream()
                .map(p -> PairViews.view(p, caller.accountId(), today)).toList();
    }

    /** One pair, for its two people and the school methodologist; for anyone else it does not exist. */
    public PairView view(long pairId) {
        return PairViews.view(access.readable(pairId), caller.accountId(), today());
    }

    private int freeSeat(long mentorStaffId, int year) {
        List<Integer> taken = records.seatsTaken(mentorStaffId, year);
        for (int seat = 1; seat <= mentoring.maxMentees(); seat++) {
            if (!taken.contains(seat)) {
                return seat;
            }
        }
        return 0;
    }

    /** The colleague of the school by id; another school's id is unknown, exactly like a missing one. */
    private static TeachingRecord person(Map<Long, TeachingRecord> school, Long staffId, String field,
                                         List<InvalidInputException.Problem> problems) {
        if (staffId == null) {
            problems.add(new InvalidInputException.Problem(field, "field.required"));
            return null;
        }
        TeachingRecord r = school.get(staffId);
        if (r == null) {
            problems.add(new InvalidInputException.Problem(field, "mentoring.unknownPerson"));
        }
        return r;
    }

    private static MentoringPair.Person person(TeachingRecord r) {
        return new MentoringPair.Person(r.card().staffId(), r.accountId(), r.card().fullName());
    }

    private LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }
}
