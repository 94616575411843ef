package kz.rudny.cabinet.mentoring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisLine;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplates;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.TemplateView;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.mentoring.pairs.boundary.LessonVisits;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentorReports;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPairs;
import kz.rudny.cabinet.mentoring.pairs.boundary.MentoringPlans;
import kz.rudny.cabinet.mentoring.pairs.boundary.NoteKind;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanHeading;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanItemForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanItemView;
import kz.rudny.cabinet.mentoring.pairs.boundary.Recommendation;
import kz.rudny.cabinet.mentoring.pairs.boundary.ReportForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.ReportView;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitAnalysisForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitDirection;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitForm;
import kz.rudny.cabinet.mentoring.pairs.boundary.VisitView;
import org.junit.jupiter.api.Test;

/**
 * A pair's year, on a real server and database (school s12's demo pair: "mentor" and "young"): the plan (started from
 * the template, kept by the mentor, read by the young specialist), the visit log both ways with the school's
 * lesson-analysis form, the notes, and the mentor's report whose figures the cabinet gathers, signed off by the
 * methodologist and printed as PDF (read back in MentorReportPdfTest). Whoever is not of the pair finds none of it; every
 * refusal names its field and changes nothing.
 */
interface PairWorkTests {

    String WORK_METHODOLOGIST = "s12.methodologist";
    String WORK_MENTOR = "s12.mentor";
    String WORK_YOUNG = "s12.young";
    String WORK_OTHER = "s12.t01";
    String WORK_OTHER_SCHOOL = "s7.methodologist";
    ZoneId WORK_ZONE = ZoneId.of("Asia/Qostanay");

    Callers callers();

    TestDatabase db();

    AnalysisTemplates templates();

    MentoringPairs pairs();

    MentoringPlans plans();

    LessonVisits visits();

    MentorReports reports();

    @Test
    default void theMentorKeepsThePlanAndTheYoungSpecialistReadsIt() {
        long pair = demoPair();
        callers().signIn(WORK_MENTOR);
        List<PlanItemView> plan = plans().plan(pair);
        assertFalse(plan.isEmpty(), "the demo plan came from the template");
        assertEquals(9, plan.get(0).month(), "September first");
        assertWorkRefused("language", "mentoring.planNotEmpty", () -> plans().startFromTemplate(pair, Language.KK));
        int size = plan.size();
        assertWorkRefused("month", "mentoring.monthOutsidePlan", () -> plans().add(pair, item(7, "Жазғы демалыс")));
        assertWorkRefused("text", "field.required", () -> plans().add(pair, item(3, "   ")));
        assertEquals(size, plans().plan(pair).size(), "refusals store nothing");
        long added = plans().add(pair, item(3, "Методикалық апталыққа қатысу"));
        PlanItemView item = find(plans().plan(pair), added);
        LocalDate today = LocalDate.now(WORK_ZONE);
        assertWorkRefused("doneOn", "mentoring.doneInFuture",
                () -> plans().markDone(added, item.version(), today.plusDays(1), "ерте"));
        plans().markDone(added, item.version(), today, "Орындалды");
        PlanItemView done = find(plans().plan(pair), added);
        assertEquals(today, done.doneOn());
        assertThrows(ChangedSinceOpenedException.class, () -> plans().markDone(added, item.version(), null, null),
                "a stale page changes nothing");

        callers().signIn(WORK_YOUNG);
        assertEquals("Орындалды", find(plans().plan(pair), added).note(), "the young specialist reads the plan");
        assertThrows(NotFoundException.class, () -> plans().add(pair, item(4, "Өзім қосамын")),
                "only the mentor keeps the plan");
        assertThrows(NotFoundException.class, () -> plans().remove(added, done.version()));
        callers().signIn(WORK_OTHER);
        assertThrows(NotFoundException.class, () -> plans().plan(pair), "another teacher sees nothing");
        callers().signIn(WORK_OTHER_SCHOOL);
        assertThrows(NotFoundException.class, () -> plans().plan(pair), "nor another school's methodologist");
        callers().signIn(WORK_METHODOLOGIST);
        assertEquals(size + 1, plans().plan(pair).size(), "the school's methodologist reads every plan");
        callers().signIn(WORK_MENTOR);
        plans().remove(added, done.version());
        assertEquals(size, plans().plan(pair).size());
    }

    @Test
    default void visitsAreLoggedBothWaysWithTheSchoolsAnalysisForm() {
        long pair = demoPair();
        callers().signIn(WORK_MENTOR);
        TemplateView kazakh = templates().all().stream().filter(t -> t.language().equals("kk")).findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(WORK_ZONE);
        int before = visits().ofPair(pair).size();
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> visits().log(pair, new VisitForm()));
        assertEquals(List.of("direction", "visitedOn", "className", "subject", "topic", "purpose", "templateId"),
                empty.problems().stream().map(InvalidInputException.Problem::field).toList());
        assertWorkRefused("direction", "mentoring.notYourVisit",
                () -> visits().log(pair, visit(VisitDirection.YOUNG_AT_MENTOR, today, kazakh.id())));
        assertWorkRefused("visitedOn", "mentoring.visitInFuture",
                () -> visits().log(pair, visit(VisitDirection.MENTOR_AT_YOUNG, today.plusDays(1), kazakh.id())));
        assertEquals(before, visits().ofPair(pair).size(), "refusals store nothing");
        long visit = visits().log(pair, visit(VisitDirection.MENTOR_AT_YOUNG, today, kazakh.id()));
        VisitView logged = visits().view(visit);
        assertEquals(kazakh.criteriaCount(), logged.items().size(), "the template's criteria are copied in");
        assertEquals(db().rows("SELECT YOUNG_NAME FROM MENTORING_PAIR WHERE ID = ?", pair).get(0).get(0),
                logged.teacherName(), "the mentor visits the young specialist's lesson");

        VisitAnalysisForm form = visits().form(visit);
        form.getLines().get(0).setMark(7);
        form.getLines().get(1).setComment("х".repeat(AnalysisLine.MAX_COMMENT + 1));
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> visits().save(visit, logged.version(), form));
        assertEquals(List.of("lines[0].mark", "lines[1].comment"),
                bad.problems().stream().map(InvalidInputException.Problem::field).toList());
        assertEquals(0, visits().view(visit).marked(), "nothing half-written is stored");
        form.getLines().get(0).setMark(4);
        form.getLines().get(1).setComment("Мақсаттар оқушыларға түсінікті болды");
        form.setRecommendations("Саралап оқытуға көбірек көңіл бөлу");
        visits().save(visit, logged.version(), form);
        assertEquals(1, visits().view(visit).marked());

        callers().signIn(WORK_YOUNG);
        assertEquals(4, visits().view(visit).items().get(0).mark(), "the young specialist reads the analysis");
        assertWorkRefused("visit", "mentoring.notYourVisit", () -> visits().form(visit));
        VisitForm colleague = visit(VisitDirection.YOUNG_AT_COLLEAGUE, today, kazakh.id());
        assertWorkRefused("colleagueName", "field.required", () -> visits().log(pair, colleague));
        colleague.setColleagueName("Қасымова Әйгерім");
        long own = visits().log(pair, colleague);
        assertTrue(visits().view(own).mine());
        assertPdf(visits().pdf(visit, Language.KK));

        callers().signIn(WORK_OTHER);
        assertThrows(NotFoundException.class, () -> visits().view(visit), "another teacher sees no visit");
        assertThrows(NotFoundException.class, () -> visits().pdf(visit, Language.RU));
        callers().signIn(WORK_OTHER_SCHOOL);
        assertThrows(NotFoundException.class, () -> visits().ofPair(pair));
    }

    @Test
    default void theReportGathersTheYearsFiguresAndIsSignedOff() {
        long pair = demoPair();
        callers().signIn(WORK_MENTOR);
        visits().note(pair, NoteKind.PROGRESS, LocalDate.now(WORK_ZONE), "Сабақты өзі талдай бастады");
        assertWorkRefused("noteText", "field.required", () -> visits().note(pair, NoteKind.DIFFICULTY,
                LocalDate.now(WORK_ZONE), " "));
        ReportView report = reports().view(pair);
        List<PlanItemView> plan = plans().plan(pair);
        List<VisitView> log = visits().ofPair(pair);
        assertEquals(plan.size(), report.figures().planItems());
        assertEquals(plan.stream().filter(PlanItemView::done).count(), report.figures().planDone());
        assertEquals(log.stream().filter(v -> !v.direction().byYoung()).count(), report.figures().mentorVisits());
        assertEquals(log.stream().filter(v -> v.direction().byYoung()).count(), report.figures().youngVisits());
        assertEquals(visits().notes(pair).stream().filter(n -> n.kind() == NoteKind.PROGRESS).count(),
                report.figures().progressNotes());
        assertTrue(report.figures().planDone() > 0 || LocalDate.now(WORK_ZONE).getMonthValue() == 9,
                "the demo's past months are done");

        ReportForm form = new ReportForm();
        form.setProgress("Өз бетінше сабақ жоспарлайды");
        assertWorkRefused("recommendation", "field.required", () -> reports().submit(pair, form));
        assertFalse(reports().view(pair).submitted(), "a refused submit stores nothing");
        callers().signIn(WORK_METHODOLOGIST);
        assertWorkRefused("report", "mentoring.reportNotSubmitted", () -> reports().signOff(pair));
        callers().signIn(WORK_YOUNG);
        assertThrows(NotFoundException.class, () -> reports().save(pair, form), "only the mentor writes it");
        callers().signIn(WORK_MENTOR);
        form.setRecommendation(Recommendation.READY);
        reports().submit(pair, form);
        callers().signIn(WORK_METHODOLOGIST);
        reports().signOff(pair);
        ReportView signed = reports().view(pair);
        assertTrue(signed.signed());
        callers().signIn(WORK_MENTOR);
        form.setProgress("өзгерту");
        assertWorkRefused("report", "mentoring.reportSigned", () -> reports().save(pair, form));
        assertEquals("Өз бетінше сабақ жоспарлайды", reports().view(pair).progress(), "signed: locked");
        assertPdf(reports().pdf(pair, Language.KK));
        assertPdf(reports().pdf(pair, Language.RU));
        callers().signIn(WORK_OTHER);
        assertThrows(NotFoundException.class, () -> reports().pdf(pair, Language.KK));
    }

    private long demoPair() {
        callers().signIn(WORK_METHODOLOGIST);
        return pairs().youngSpecialists().stream().filter(y -> y.staffId() == db().staffIdOf(WORK_YOUNG))
                .findFirst().orElseThrow().pair().id();
    }

    @Test
    default void theMethodologistKeepsTheSchoolsTemplateAndOnlyThey() {
        callers().signIn(WORK_METHODOLOGIST);
        List<PlanItemView> before = plans().template(Language.RU);
        assertFalse(before.isEmpty(), "the demo's Russian template");
        assertWorkRefused("month", "mentoring.monthOutsidePlan",
                () -> plans().addToTemplate(Language.RU, item(7, "Летом")));
        assertWorkRefused("text", "field.required", () -> plans().addToTemplate(Language.RU, item(10, " ")));
        assertEquals(before.size(), plans().template(Language.RU).size(), "refusals store nothing");
        long added = plans().addToTemplate(Language.RU, item(10, "Участие в педагогическом совете"));
        plans().changeTemplateItem(added, item(11, "Участие в педагогическом совете школы"));
        PlanItemView changed = find(plans().template(Language.RU), added);
        assertEquals(11, changed.month());
        assertEquals("Участие в педагогическом совете школы", changed.text());
        assertTrue(plans().template(Language.KK).stream().noneMatch(i -> i.id() == added), "the Kazakh one apart");

        callers().signIn(WORK_MENTOR);
        assertThrows(AccessDeniedException.class, () -> plans().removeTemplateItem(added), "a mentor keeps no template");
        callers().signIn(WORK_OTHER_SCHOOL);
        assertThrows(NotFoundException.class, () -> plans().removeTemplateItem(added), "nor another school");
        assertThrows(NotFoundException.class, () -> plans().changeTemplateItem(added, item(12, "Чужое")));
        assertTrue(plans().template(Language.RU).stream().noneMatch(i -> i.id() == added), "nor sees it");

        callers().signIn(WORK_METHODOLOGIST);
        assertEquals("Участие в педагогическом совете школы", find(plans().template(Language.RU), added).text());
        plans().removeTemplateItem(added);
        assertEquals(before.size(), plans().template(Language.RU).size());
    }

    private static PlanItemForm item(int month, String text) {
        PlanItemForm f = new PlanItemForm();
        f.setMonth(month);
        f.setHeading(PlanHeading.EVENTS);
        f.setText(text);
        return f;
    }

    private static VisitForm visit(VisitDirection direction, LocalDate on, long templateId) {
        VisitForm f = new VisitForm();
        f.setDirection(direction);
        f.setVisitedOn(on);
        f.setClassName("6 А");
        f.setSubject("Математика");
        f.setTopic("Жай бөлшектер");
        f.setPurpose("Сабақтың құрылымын бақылау");
        f.setTemplateId(templateId);
        return f;
    }

    private static PlanItemView find(List<PlanItemView> plan, long id) {
        return plan.stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    /** A PDF for whoever may read it (what it says is read back by MentorReportPdfTest and the domain's tests). */
    private static void assertPdf(byte[] pdf) {
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-"), "a PDF");
    }

    private static void assertWorkRefused(String field, String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.problems().get(0).field(), e.problems()::toString);
        assertEquals(key, e.problems().get(0).messageKey(), e.problems()::toString);
    }
}
