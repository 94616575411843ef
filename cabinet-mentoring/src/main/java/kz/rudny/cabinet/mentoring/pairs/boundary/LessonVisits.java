package kz.rudny.cabinet.mentoring.pairs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisItem;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisLine;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplates;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.LessonAnalysisPdf;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.TemplateView;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.mentoring.pairs.control.PairAccess;
import kz.rudny.cabinet.mentoring.pairs.control.PairRecords;
import kz.rudny.cabinet.mentoring.pairs.control.VisitViews;
import kz.rudny.cabinet.mentoring.pairs.entity.LessonVisit;
import kz.rudny.cabinet.mentoring.pairs.entity.MentoringPair;
import kz.rudny.cabinet.mentoring.pairs.entity.ProgressNote;

/**
 * A pair's lesson-visit log, both ways, and the mentor's notes on the young specialist's difficulties and progress.
 * The visitor (the mentor at the young specialist's lesson, the young specialist at the mentor's or a colleague's)
 * logs the visit with one of the school's lesson-analysis templates (the same as for open-lesson observations) and
 * fills the analysis: marks 1..5, comments, recommendations. Both people and the school methodologist read the log and
 * print a visit as PDF. Only while the pair is open; refusals name the field and change nothing.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class LessonVisits {

    public static final int MAX_SHORT = 20;
    public static final int MAX_NAME = 200;
    public static final int MAX_TOPIC = 300;
    public static final int MAX_PURPOSE = 1000;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_NOTE = 2000;

    @Inject
    PairRecords records;

    @Inject
    PairAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    AnalysisTemplates templates;

    @Inject
    Profile profile;

    @Inject
    Settings settings;

    /** The pair's visits by day. */
    public List<VisitView> ofPair(long pairId) {
        access.readable(pairId);
        return records.visits(pairId).stream().map(v -> VisitViews.view(v, caller.accountId())).toList();
    }

    /**
     * Logs a visit the caller made (the mentor: at the young specialist's lesson; the young specialist: at the
     * mentor's or a colleague's, naming the colleague), its analysis started from the template; answers its id.
     */
    public long log(long pairId, @NotNull VisitForm form) {
        MentoringPair p = open(access.readable(pairId));
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (form.getDirection() == null) {
            problems.add(new InvalidInputException.Problem("direction", "field.required"));
        } else if (form.getDirection().byYoung() ? !access.isYoung(p) : !access.isMentor(p)) {
            problems.add(new InvalidInputException.Problem("direction", "mentoring.notYourVisit"));
        }
        if (form.getVisitedOn() == null) {
            problems.add(new InvalidInputException.Problem("visitedOn", "field.required"));
        } else if (form.getVisitedOn().isAfter(today())) {
            problems.add(new InvalidInputException.Problem("visitedOn", "mentoring.visitInFuture"));
        } else if (form.getVisitedOn().isBefore(p.getStartsOn())) {
            problems.add(new InvalidInputException.Problem("visitedOn", "mentoring.visitBeforePair"));
        }
        required(problems, "className", form.getClassName(), MAX_SHORT);
        required(problems, "subject", form.getSubject(), MAX_NAME);
        required(problems, "topic", form.getTopic(), MAX_TOPIC);
        required(problems, "purpose", form.getPurpose(), MAX_PURPOSE);
        if (form.getDirection() == VisitDirection.YOUNG_AT_COLLEAGUE) {
            required(problems, "colleagueName", form.getColleagueName(), MAX_NAME);
        }
        TemplateView template = null;
        if (form.getTemplateId() == null) {
            problems.add(new InvalidInputException.Problem("templateId", "field.required"));
        } else {
            try {
                template = templates.view(form.getTemplateId());
            } catch (NotFoundException e) {
                problems.add(new InvalidInputException.Problem("templateId", "observation.templateUnknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String teacher = switch (form.getDirection()) {
            case MENTOR_AT_YOUNG -> p.getYoungName();
            case YOUNG_AT_MENTOR -> p.getMentorName();
            case YOUNG_AT_COLLEAGUE -> form.getColleagueName();
        };
        LessonVisit v = new LessonVisit(p.getId(), form.getDirection(), new LessonVisit.Lesson(form.getVisitedOn(),
                form.getClassName(), form.getSubject(), form.getTopic(), teacher), form.getPurpose(),
                caller.accountId(), caller.getFullName(), template.name(), template.language(),
                LocalDateTime.now(ZoneOffset.UTC));
        v.items().addAll(AnalysisItem.copied(template));
        records.data().persist(v);
        records.data().flush();
        return v.getId();
    }

    /** One visit, for the pair's people and the methodologist. */
    public VisitView view(long visitId) {
        return VisitViews.view(readable(visitId), caller.accountId());
    }

    /** The visitor's analysis filled into a form, to go on filling it. */
    public VisitAnalysisForm form(long visitId) {
        LessonVisit v = own(visitId);
        VisitAnalysisForm f = new VisitAnalysisForm();
        f.setLines(AnalysisLine.of(v.items()));
        f.setRecommendations(v.getRecommendations());
        return f;
    }

    /** Saves the visitor's marks, comments and recommendations (while the pair is open). */
    public void save(long visitId, long version, @NotNull VisitAnalysisForm form) {
        LessonVisit v = own(visitId);
        open(records.pair(v.getPairId()));
        ChangedSinceOpenedException.check(PairRecords.VISIT, visitId, version, v.getVersion());
        List<InvalidInputException.Problem> problems = AnalysisLine.problems(v.items(), form.getLines());
        if (form.getRecommendations() != null && form.getRecommendations().length() > MAX_TEXT) {
            problems.add(new InvalidInputException.Problem("recommendations", "mentoring.tooLong", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AnalysisLine.fill(v.items(), form.getLines());
        v.recommended(form.getRecommendations());
        records.data().flush();
    }

    /** The visit's analysis as PDF, headings in Kazakh or Russian. */
    public byte[] pdf(long visitId, @NotNull Language language) {
        LessonVisit v = readable(visitId);
        return LessonAnalysisPdf.write(VisitViews.printed(v, profile.schoolName().orElse("")), language);
    }

    /** The mentor notes the young specialist's difficulty or progress on a day (not in the future). */
    public long note(long pairId, NoteKind kind, LocalDate on, String text) {
        MentoringPair p = open(access.asMentor(pairId));
        String t = text == null || text.isBlank() ? null : text.strip();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new InvalidInputException.Problem("noteKind", "field.required"));
        }
        if (on == null) {
            problems.add(new InvalidInputException.Problem("notedOn", "field.required"));
        } else if (on.isAfter(today())) {
            problems.add(new InvalidInputException.Problem("notedOn", "mentoring.noteInFuture"));
        }
        required(problems, "noteText", t, MAX_NOTE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProgressNote n = new ProgressNote(p.getId(), on, kind, t, caller.getFullName(),
                LocalDateTime.now(ZoneOffset.UTC));
        records.data().persist(n);
        records.data().flush();
        return n.getId();
    }

    /** The notes on the young specialist, by day. */
    public List<NoteView> notes(long pairId) {
        access.readable(pairId);
        return records.notes(pairId).stream()
                .map(n -> new NoteView(n.getId(), n.getNotedOn(), n.getKind(), n.getText(), n.getAuthorName()))
                .toList();
    }

    private LessonVisit readable(long visitId) {
        LessonVisit v = records.visit(visitId);
        try {
            access.readable(v.getPairId());
        } catch (NotFoundException e) {
            throw new NotFoundException(PairRecords.VISIT, visitId);
        }
        return v;
    }

    private LessonVisit own(long visitId) {
        LessonVisit v = readable(visitId);
        if (v.getObserverAccountId() != caller.accountId()) {
            throw new InvalidInputException("visit", "mentoring.notYourVisit");
        }
        return v;
    }

    private MentoringPair open(MentoringPair p) {
        if (!p.isOpen(today())) {
            throw new InvalidInputException("pair", "mentoring.pairClosed");
        }
        return p;
    }

    private static void required(List<InvalidInputException.Problem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(new InvalidInputException.Problem(field, "field.required"));
        } else if (value.length() > max) {
            problems.add(new InvalidInputException.Problem(field, "mentoring.tooLong", max));
        }
    }

    private LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }
}
