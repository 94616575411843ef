package kz.rudny.cabinet.mentoring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.mentoring.attestation.boundary.AchievementLevel;
import kz.rudny.cabinet.mentoring.attestation.boundary.AttestationView;
import kz.rudny.cabinet.mentoring.attestation.boundary.Attestations;
import kz.rudny.cabinet.mentoring.attestation.boundary.CategoryRequirements;
import kz.rudny.cabinet.mentoring.attestation.boundary.Checklist;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceForm;
import kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceKind;
import kz.rudny.cabinet.mentoring.attestation.boundary.Portfolios;
import kz.rudny.cabinet.mentoring.attestation.control.AttestationReminders;
import kz.rudny.cabinet.mentoring.courses.boundary.DueState;
import org.junit.jupiter.api.Test;

/**
 * Attestation readiness on a real server and database (the gymnasium g3: its педагог-модератор "t07" aims at
 * педагог-эксперт in the demo; "t02" is overdue): the target and the portfolio's bad input refused by the field with
 * nothing stored; a pupil's olympiad result changes the checklist; the district administrator's requirements table
 * decides it; the methodologist's schedule and records; the reminders once per stage with a moved clock; nobody else
 * reads a teacher's portfolio.
 */
interface AttestationTests {

    String A_TEACHER = "g3.t07";
    String A_OVERDUE = "g3.t02";
    String A_METHODOLOGIST = "g3.methodologist";
    String A_COLLEAGUE = "g3.t06";
    String A_OTHER_SCHOOL = "s12.methodologist";
    String A_ADMIN = "district.admin";
    ZoneId A_ZONE = ZoneId.of("Asia/Qostanay");

    Callers callers();

    TestDatabase db();

    Attestations attestations();

    Portfolios portfolios();

    CategoryRequirements categoryRequirements();

    AttestationReminders attestationReminders();

    @Test
    default void aPupilsResultChangesTheChecklistForTheTargetCategory() {
        callers().signIn(A_TEACHER);
        AttestationView mine = attestations().mine();
        assertEquals(QualificationCategory.MODERATOR, mine.category());
        assertEquals(QualificationCategory.EXPERT, mine.targetCategory(), "the demo's target");
        int thisYear = LocalDate.now(A_ZONE).getYear();
        assertAttestationRefused("targetCategory", "attestation.targetNotHigher",
                () -> attestations().aimAt(QualificationCategory.TEACHER, thisYear, mine.version()));
        assertAttestationRefused("targetYear", "attestation.targetYearRange",
                () -> attestations().aimAt(QualificationCategory.RESEARCHER, thisYear + 9, mine.version()));
        assertEquals(QualificationCategory.EXPERT, attestations().mine().targetCategory(), "refusals change nothing");

        Checklist before = portfolios().checklist();
        Checklist.Item pupils = item(before, EvidenceKind.PUPIL_RESULT);
        int evidence = portfolios().mine().size();
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> portfolios().add(pupilResult(null, null, AchievementLevel.REGION), null));
        assertEquals(List.of("pupilName", "place"),
                bad.problems().stream().map(InvalidInputException.Problem::field).toList());
        assertAttestationRefused("place", "attestation.placeRange",
                () -> portfolios().add(pupilResult("Әлімжанова Дана", 5, AchievementLevel.REGION), null));
        EvidenceForm test = new EvidenceForm();
        test.setKind(EvidenceKind.TEST_RESULT);
        test.setLevel(AchievementLevel.REPUBLIC);
        test.setTitle("ҰБТ");
        test.setAchievedOn(LocalDate.now(A_ZONE));
        test.setTestPercent(120);
        assertAttestationRefused("testPercent", "attestation.percentRange", () -> portfolios().add(test, null));
        EvidenceForm course = new EvidenceForm();
        course.setKind(EvidenceKind.COURSE);
        course.setLevel(AchievementLevel.SCHOOL);
        course.setTitle("Курс");
        course.setAchievedOn(LocalDate.now(A_ZONE));
        course.setCourseId(-1L);
        assertAttestationRefused("courseId", "attestation.courseNotConfirmed", () -> portfolios().add(course, null));
        EvidenceForm publication = new EvidenceForm();
        publication.setKind(EvidenceKind.PUBLICATION);
        publication.setLevel(AchievementLevel.TOWN);
        publication.setTitle("Мақала");
        publication.setAchievedOn(LocalDate.now(A_ZONE));
        publication.setLinkRef(1L); // no library here: nothing recorded to name
        assertAttestationRefused("linkRef", "attestation.linkUnknown", () -> portfolios().add(publication, null));
        assertEquals(List.of(), portfolios().workChoices(EvidenceKind.PUBLICATION));
        assertEquals(evidence, portfolios().mine().size(), "refusals store nothing");

        long added = portfolios().add(pupilResult("Әлімжанова Дана", 1, AchievementLevel.REGION), null);
        Checklist after = portfolios().checklist();
        assertEquals(pupils.have() + 1, item(after, EvidenceKind.PUPIL_RESULT).have(), "a region result counts");
        assertEquals(QualificationCategory.EXPERT, after.target());
        assertTrue(portfolios().pdf(Language.KK).length > 1000);

        callers().signIn(A_METHODOLOGIST);
        assertEquals(after.items(), portfolios().checklistOf(db().staffIdOf(A_TEACHER)).items());
        assertTrue(portfolios().of(db().staffIdOf(A_TEACHER)).stream().anyMatch(e -> e.id() == added));
        callers().signIn(A_COLLEAGUE);
        assertThrows(AccessDeniedException.class, () -> portfolios().of(db().staffIdOf(A_TEACHER)));
        assertThrows(NotFoundException.class, () -> portfolios().file(added), "another teacher reads no evidence");
        assertThrows(NotFoundException.class, () -> portfolios().remove(added));
        callers().signIn(A_OTHER_SCHOOL);
        assertThrows(NotFoundException.class, () -> portfolios().of(db().staffIdOf(A_TEACHER)), "nor another school");
        callers().signIn(A_TEACHER);
        portfolios().remove(added);
        assertEquals(pupils.have(), item(portfolios().checklist(), EvidenceKind.PUPIL_RESULT).have());
    }

    @Test
    default void theDistrictsRequirementsTableDecidesTheChecklist() {
        callers().signIn(A_TEACHER);
        int before = portfolios().checklist().items().size();
        assertThrows(AccessDeniedException.class, () -> categoryRequirements().add(QualificationCategory.EXPERT,
                EvidenceKind.AWARD, AchievementLevel.SCHOOL, 1), "a teacher does not edit the table");
        callers().signIn(A_ADMIN);
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> categoryRequirements()
                .add(QualificationCategory.EXPERT, EvidenceKind.TEST_RESULT, null, 0));
        assertEquals(List.of("kind", "minLevel", "howMany"),
                bad.problems().stream().map(InvalidInputException.Problem::field).toList());
        long id = categoryRequirements().add(QualificationCategory.EXPERT, EvidenceKind.AWARD, AchievementLevel.TOWN, 2);
        callers().signIn(A_TEACHER);
        Checklist changed = portfolios().checklist();
        assertEquals(before + 1, changed.items().size());
        assertEquals(2, item(changed, EvidenceKind.AWARD).needed());
        callers().signIn(A_ADMIN);
        long version = categoryRequirements().requirements().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow().version();
        categoryRequirements().remove(id, version);
        callers().signIn(A_TEACHER);
        assertEquals(before, portfolios().checklist().items().size());
    }

    @Test
    default void theMethodologistSeesTheScheduleAndTheRemindersGoOncePerStage() {
        callers().signIn(A_METHODOLOGIST);
        long overdue = db().staffIdOf(A_OVERDUE);
        List<AttestationView> schedule = attestations().schedule();
        AttestationView late = schedule.stream().filter(a -> a.staffId() == overdue).findFirst().orElseThrow();
        assertEquals(DueState.OVERDUE, late.state());
        assertEquals(late.lastAttestedOn().plusYears(5), late.dueOn(), "at least once in five years");
        assertEquals(DueState.OVERDUE, schedule.get(0).state(), "the overdue first");
        AttestationView mentor = schedule.stream().filter(a -> a.staffId() == db().staffIdOf("g3.mentor")).findFirst()
                .orElseThrow();
        assertEquals(QualificationCategory.MASTER, mentor.appliedFor(), "who applied for which category");

        LocalDate today = LocalDate.now(A_ZONE);
        assertAttestationRefused("lastAttestedOn", "attestation.inFuture",
                () -> attestations().record(overdue, late.version(), today.plusDays(1), null));
        AttestationView unchanged = attestations().of(overdue);
        assertEquals(late.lastAttestedOn(), unchanged.lastAttestedOn(), "a refusal changes nothing");

        long colleague = db().staffIdOf(A_COLLEAGUE);
        AttestationView c = attestations().of(colleague);
        LocalDate due = c.dueOn();
        assertNotNull(due);
        long teacherAccount = db().number("SELECT ACCOUNT_ID FROM STAFF_MEMBER WHERE ID = ?", colleague);
        long methodologistAccount = db().number("SELECT ACCOUNT_ID FROM STAFF_MEMBER WHERE ID = ?",
                db().staffIdOf(A_METHODOLOGIST));
        String count = "SELECT COUNT(*) FROM NOTIFICATION WHERE RECIPIENT_ID = ? AND MESSAGE_KEY = ?";
        long year = db().number(count, teacherAccount, "notice.attestation.you.year");
        long told = db().number(count, methodologistAccount, "notice.attestation.colleague.year");
        long three = db().number(count, teacherAccount, "notice.attestation.you.threeMonths");
        long late2 = db().number(count, teacherAccount, "notice.attestation.you.overdue");
        attestationReminders().remindCurrentSchool(due.minusMonths(11));
        attestationReminders().remindCurrentSchool(due.minusMonths(10));
        assertEquals(year + 1, db().number(count, teacherAccount, "notice.attestation.you.year"), "once");
        assertTrue(db().number(count, methodologistAccount, "notice.attestation.colleague.year") >= told + 1,
                "the methodologist is told too");
        attestationReminders().remindCurrentSchool(due.minusMonths(2));
        assertEquals(three + 1, db().number(count, teacherAccount, "notice.attestation.you.threeMonths"));
        attestationReminders().remindCurrentSchool(due.plusDays(1));
        attestationReminders().remindCurrentSchool(due.plusDays(2));
        assertEquals(late2 + 1, db().number(count, teacherAccount, "notice.attestation.you.overdue"));
    }

    private static Checklist.Item item(Checklist c, EvidenceKind kind) {
        return c.items().stream().filter(i -> i.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + c));
    }

    private static EvidenceForm pupilResult(String pupil, Integer place, AchievementLevel level) {
        EvidenceForm f = new EvidenceForm();
        f.setKind(EvidenceKind.PUPIL_RESULT);
        f.setLevel(level);
        f.setTitle("Облыстық математика олимпиадасы");
        f.setAchievedOn(LocalDate.now(A_ZONE).minusDays(3));
        f.setPupilName(pupil);
        f.setPlace(place);
        return f;
    }

    private static void assertAttestationRefused(String field, String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.problems().get(0).field(), e.problems()::toString);
        assertEquals(key, e.problems().get(0).messageKey(), e.problems()::toString);
    }
}
