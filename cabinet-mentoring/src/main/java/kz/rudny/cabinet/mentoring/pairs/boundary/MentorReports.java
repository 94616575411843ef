package kz.rudny.cabinet.mentoring.pairs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.audit.boundary.Changes;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.figures.boundary.SchoolFiguresChanged;
import kz.rudny.cabinet.domain.notifications.boundary.Notice;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.TeacherWorks;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.mentoring.audit.boundary.MentoringAction;
import kz.rudny.cabinet.mentoring.audit.boundary.MentoringField;
import kz.rudny.cabinet.mentoring.pairs.control.MentorReportPdf;
import kz.rudny.cabinet.mentoring.pairs.control.PairAccess;
import kz.rudny.cabinet.mentoring.pairs.control.PairRecords;
import kz.rudny.cabinet.mentoring.pairs.control.PairViews;
import kz.rudny.cabinet.mentoring.pairs.entity.LessonVisit;
import kz.rudny.cabinet.mentoring.pairs.entity.MentorReport;
import kz.rudny.cabinet.mentoring.pairs.entity.MentoringPair;
import kz.rudny.cabinet.mentoring.pairs.entity.PlanItem;
import kz.rudny.cabinet.mentoring.pairs.entity.ProgressNote;

/**
 * The mentor's report of a pair's year. The figures are gathered by the cabinet from the pair's own log (plan items
 * done of all, visits each way, notes each kind) and from what the other modules recorded of the young specialist's
 * work from the pair's start to its end (or today, while it runs): events, open lessons, materials; the mentor writes the difficulties, the progress and the
 * recommendation and submits it (the recommendation is then required); the school methodologist signs it off, which
 * locks it, and the young specialist and the mentor are told. Printable as PDF in Kazakh or Russian by the pair and
 * the methodologist. Refusals name the field and change nothing.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class MentorReports {

    public static final int MAX_TEXT = 4000;

    @Inject
    PairRecords records;

    @Inject
    Event<SchoolFiguresChanged> facts;

    @Inject
    PairAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    Notifications notifications;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    @Inject
    TeacherWorks work;

    @Inject
    AuditTrail audit;

    /** The report with its gathered figures (a draft with no texts when none is written yet). */
    public ReportView view(long pairId) {
        MentoringPair p = access.readable(pairId);
        return view(p, records.report(pairId).orElse(new MentorReport(pairId)));
    }

    /** The mentor's texts filled into a form. */
    public ReportForm form(long pairId) {
        access.asMentor(pairId);
        ReportForm f = new ReportForm();
        records.report(pairId).ifPresent(r -> {
            f.setDifficulties(r.getDifficulties());
            f.setProgress(r.getProgress());
            f.setRecommendation(r.getRecommendation());
        });
        return f;
    }

    /** The mentor saves the texts (until the report is signed off). */
    public void save(long pairId, @NotNull ReportForm form) {
        MentorReport r = writable(pairId);
        check(form, false);
        r.write(form.getDifficulties(), form.getProgress(), form.getRecommendation());
        records.data().flush();
    }

    /** The mentor saves and submits the report: the progress and the recommendation are then required. */
    public void submit(long pairId, @NotNull ReportForm form) {
        MentorReport r = writable(pairId);
        check(form, true);
        r.write(form.getDifficulties(), form.getProgress(), form.getRecommendation());
        r.submitted(LocalDateTime.now(ZoneOffset.UTC));
        records.data().flush();
        MentoringPair p = records.pair(pairId);
        audit.record(MentoringAction.MENTOR_REPORT_SUBMITTED, PairRecords.PAIR, pairId, Changes.describe()
                .value(MentoringField.YOUNG_SPECIALIST, p.getYoungName()).value(MentoringField.MENTOR, p.getMentorName()));
    }

    /** The school methodologist signs off a submitted report: it is locked, and both people are told. */
    @Allowed(Role.SCHOOL_METHODOLOGIST)
    public void signOff(long pairId) {
        MentoringPair p = access.readable(pairId);
        MentorReport r = records.report(pairId).orElse(null);
        if (r == null || r.getSubmittedAt() == null) {
            throw new InvalidInputException("report", "mentoring.reportNotSubmitted");
        }
        if (r.getSignedAt() != null) {
            throw new InvalidInputException("report", "mentoring.reportSigned");
        }
        r.signed(caller.getFullName(), LocalDateTime.now(ZoneOffset.UTC));
        records.data().flush();
        audit.record(MentoringAction.MENTOR_REPORT_SIGNED, PairRecords.PAIR, pairId, Changes.describe()
                .value(MentoringField.YOUNG_SPECIALIST, p.getYoungName()).value(MentoringField.MENTOR, p.getMentorName()));
        facts.fire(new MentoringChanged(caller.schoolId().orElseThrow(), pairId));
        notifications.send(List.of(p.getMentorAccountId(), p.getYoungAccountId()),
                Notice.about("notice.mentoring.reportSigned", p.getYoungName(), p.getAcademicYear() + "-"
                        + (p.getAcademicYear() + 1)).linkingTo("/mentoring/pair.xhtml?id=" + p.getId()));
    }

    /** The report as PDF, headings in Kazakh or Russian. */
    public byte[] pdf(long pairId, @NotNull Language language) {
        MentoringPair p = access.readable(pairId);
        ReportView view = view(p, records.report(pairId).orElse(new MentorReport(pairId)));
        List<NoteView> notes = records.notes(pairId).stream()
                .map(n -> new NoteView(n.getId(), n.getNotedOn(), n.getKind(), n.getText(), n.getAuthorName()))
                .toList();
        return MentorReportPdf.write(view, profile.schoolName().orElse(""), notes, language);
    }

    private ReportView view(MentoringPair p, MentorReport r) {
        List<PlanItem> plan = records.plan(p.getId());
        List<LessonVisit> visits = records.visits(p.getId());
        List<ProgressNote> notes = records.notes(p.getId());
        LocalDate today = LocalDate.now(settings.timeZone());
        LocalDate last = p.getEndedOn() != null ? p.getEndedOn() : p.getEndsOn();
        ReportView.Figures figures = new ReportView.Figures(plan.size(),
                (int) plan.stream().filter(i -> i.getDoneOn() != null).count(),
                (int) visits.stream().filter(v -> !v.getDirection().byYoung()).count(),
                (int) visits.stream().filter(v -> v.getDirection().byYoung()).count(),
                (int) notes.stream().filter(n -> n.getKind() == NoteKind.DIFFICULTY).count(),
                (int) notes.stream().filter(n -> n.getKind() == NoteKind.PROGRESS).count(),
                work.of(p.getYoungStaffId(), p.getYoungAccountId(), p.getStartsOn(),
                        last.isAfter(today) ? today : last));
        return new ReportView(PairViews.view(p, caller.accountId(), today), figures,
                r.getDifficulties(), r.getProgress(), r.getRecommendation(), r.getSubmittedAt(), r.getSignedAt(),
                r.getSignedByName());
    }

    private MentorReport writable(long pairId) {
        access.asMentor(pairId);
        MentorReport r = records.report(pairId).orElse(null);
        if (r == null) {
            r = new MentorReport(pairId);
            records.data().persist(r);
        } else if (r.getSignedAt() != null) {
            throw new InvalidInputException("report", "mentoring.reportSigned");
        }
        return r;
    }

    private static void check(ReportForm form, boolean submitting) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        tooLong(problems, "difficulties", form.getDifficulties());
        tooLong(problems, "progress", form.getProgress());
        if (submitting && form.getProgress() == null) {
            problems.add(new InvalidInputException.Problem("progress", "field.required"));
        }
        if (submitting && form.getRecommendation() == null) {
            problems.add(new InvalidInputException.Problem("recommendation", "field.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void tooLong(List<InvalidInputException.Problem> problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(new InvalidInputException.Problem(field, "mentoring.tooLong", MAX_TEXT));
        }
    }
}
