package kz.rudny.cabinet.mentoring.attestation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecord;
import kz.rudny.cabinet.domain.people.boundary.TeachingRecords;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.mentoring.attestation.control.AttestationRecords;
import kz.rudny.cabinet.mentoring.attestation.control.AttestationSettings;
import kz.rudny.cabinet.mentoring.attestation.entity.AttestationRecord;
import kz.rudny.cabinet.mentoring.audit.boundary.MentoringAction;
import kz.rudny.cabinet.mentoring.audit.boundary.MentoringField;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;

/**
 * Attestation: each teacher's current category (the staff record's), the last attestation, the next one due (at
 * least once in a number of years, a setting; counted from the start of teaching when never attested), the target
 * category and the year aimed at (the teacher's), and the category applied for this year (the methodologist's). The
 * methodologist sees the school's schedule: who is overdue, who is due this year, who applied for which category.
 * Refusals name the field and change nothing.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Attestations {

    /** How many years ahead a target may be set. */
    public static final int MAX_YEARS_AHEAD = 5;

    @Inject
    AttestationRecords records;

    @Inject
    Event<SchoolFiguresChanged> facts;

    @Inject
    Tenancy tenancy;

    @Inject
    AttestationSettings rule;

    @Inject
    TeachingRecords teaching;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    /** The caller's own attestation standing. */
    public AttestationView mine() {
        return view(myRecord(), records.of(me().staffId()), today());
    }

    /**
     * The caller aims at a category above their current one in a calendar year from this one to
     * {@value #MAX_YEARS_AHEAD} ahead; no category clears the target.
     */
    public void aimAt(QualificationCategory category, Integer year, long version) {
        TeachingRecord me = myRecord();
        AttestationRecord a = records.of(me.card().staffId());
        ChangedSinceOpenedException.check("MentoringAttestation", me.card().staffId(), version, a.getVersion());
        int thisYear = today().getYear();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (category != null && me.category() != null && category.compareTo(me.category()) <= 0) {
            problems.add(new InvalidInputException.Problem("targetCategory", "attestation.targetNotHigher"));
        }
        if (category != null && year == null) {
            problems.add(new InvalidInputException.Problem("targetYear", "field.required"));
        } else if (category != null && (year < thisYear || year > thisYear + MAX_YEARS_AHEAD)) {
            problems.add(new InvalidInputException.Problem("targetYear", "attestation.targetYearRange",
                    String.valueOf(thisYear), String.valueOf(thisYear + MAX_YEARS_AHEAD)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        a.aimAt(category, year);
        records.data().flush();
    }

    /** The school's schedule on the day: the overdue first, then by due day; each with what they applied for. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public List<AttestationView> schedule() {
        LocalDate today = today();
        Map<Long, AttestationRecord> all = records.all();
        List<AttestationView> list = new ArrayList<>();
        for (TeachingRecord r : teaching.onDay(today)) {
            if (r.active()) {
                AttestationRecord a = all.get(r.card().staffId());
                list.add(view(r, a == null ? new AttestationRecord(r.card().staffId()) : a, today));
            }
        }
        list.sort(Comparator.comparing(AttestationView::state).thenComparing(AttestationView::dueOn,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(AttestationView::fullName));
        return list;
    }

    /**
     * The methodologist records a colleague's last attestation (not in the future) and the category they applied for
     * this academic year (above their current one), or none.
     */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public void record(long staffId, long version, LocalDate lastAttestedOn, QualificationCategory appliedFor) {
        TeachingRecord r = colleague(staffId);
        AttestationRecord a = records.of(staffId);
        ChangedSinceOpenedException.check("MentoringAttestation", staffId, version, a.getVersion());
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (lastAttestedOn != null && lastAttestedOn.isAfter(today())) {
            problems.add(new InvalidInputException.Problem("lastAttestedOn", "attestation.inFuture"));
        }
        if (appliedFor != null && r.category() != null && appliedFor.compareTo(r.category()) <= 0) {
            problems.add(new InvalidInputException.Problem("appliedFor", "attestation.targetNotHigher"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate lastBefore = a.getLastAttestedOn();
        QualificationCategory appliedBefore = a.getAppliedFor();
        a.attested(lastAttestedOn, appliedFor, AcademicYear.of(today()).startYear());
        records.data().flush();
        audit.record(MentoringAction.ATTESTATION_RECORDED, "MentoringAttestation", staffId, Changes.describe()
                .value(MentoringField.TEACHER, r.card().fullName())
                .field(MentoringField.LAST_ATTESTED_ON, lastBefore, a.getLastAttestedOn())
                .field(MentoringField.APPLIED_FOR, appliedBefore, a.getAppliedFor()));
        facts.fire(new AttestationRecorded(tenancy.currentSchool().orElseThrow(), staffId));
    }

    /** One colleague's standing, for the methodologist. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public AttestationView of(long staffId) {
        return view(colleague(staffId), records.of(staffId), today());
    }

    /** The rule's period in years (a setting). */
    public int periodYears() {
        return rule.periodYears();
    }

    private AttestationView view(TeachingRecord r, AttestationRecord a, LocalDate today) {
        LocalDate from = a.getLastAttestedOn() != null ? a.getLastAttestedOn() : r.teachingSince();
        LocalDate due = from == null ? null : from.plusYears(rule.periodYears());
        DueState state = DueState.of(due, today);
        boolean appliedThisYear = a.getAppliedYear() != null
                && a.getAppliedYear() == AcademicYear.of(today).startYear();
        return new AttestationView(r.card().staffId(), r.card().fullName(), r.card().jobTitle(), r.category(),
                a.getLastAttestedOn(), due, state, appliedThisYear ? a.getAppliedFor() : null,
                appliedThisYear ? a.getAppliedYear() : null, a.getTargetCategory(), a.getTargetYear(), a.getVersion());
    }

    private TeachingRecord myRecord() {
        long staffId = me().staffId();
        return teaching.of(staffId, today()).orElseThrow();
    }

    private TeachingRecord colleague(long staffId) {
        return teaching.of(staffId, today())
                .orElseThrow(() -> new kz.rudny.cabinet.domain.errors.NotFoundException("StaffMember", staffId));
    }

    private StaffCard me() {
        return profile.staffCard().orElseThrow(() -> new InvalidInputException("attestation", "mentoring.notStaff"));
    }

    private LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }
}
