package kz.rudny.cabinet.mentoring.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.rudny.cabinet.domain.association.boundary.AssociationRoster;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.OutcomeForm;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.OutcomeKind;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.OutcomeLink;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.SelfEducation;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.Stage;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.TopicForm;
import kz.rudny.cabinet.mentoring.selfeducation.boundary.TopicView;
import org.junit.jupiter.api.Test;

/**
 * Self-education on a real server and database (school s7): a teacher starts a topic (bad input refused by the field,
 * nothing stored), plans and completes its stages in order, records an outcome; the head of the teacher's association
 * and the methodologist see it with its progress; another teacher and another school see nothing.
 */
interface SelfEducationTests {

    String S_TEACHER = "s7.t03";
    String S_METHODOLOGIST = "s7.methodologist";
    String S_OTHER = "s7.young2";
    String S_OTHER_SCHOOL = "g3.methodologist";
    ZoneId S_ZONE = ZoneId.of("Asia/Qostanay");

    Callers callers();

    TestDatabase db();

    SelfEducation selfEducation();

    Associations associations();

    @Test
    default void aTopicBegunYearsAgoKeepsItsFirstYearWhenChangedButCannotMoveFurtherBack() {
        callers().signIn("s7.head"); // the demo's topic of the association head began two academic years ago
        TopicView begun = selfEducation().mine().get(0);
        int year = AcademicYear.of(LocalDate.now(S_ZONE)).startYear();
        assertEquals(year - 2, begun.fromYear());
        TopicForm earlier = topic(year - 3, begun.toYear());
        earlier.setTitle(begun.title());
        assertSelfRefused("fromYear", "selfEducation.fromYear",
                () -> selfEducation().change(begun.id(), begun.version(), earlier));
        assertEquals(begun.fromYear(), selfEducation().topic(begun.id()).fromYear(), "the refusal changed nothing");
        TopicForm renamed = topic(begun.fromYear(), begun.toYear());
        renamed.setTitle(begun.title() + " (түзетілді)");
        renamed.setLanguage(begun.language());
        selfEducation().change(begun.id(), begun.version(), renamed);
        TopicView changed = selfEducation().topic(begun.id());
        assertEquals(begun.title() + " (түзетілді)", changed.title());
        assertEquals(begun.fromYear(), changed.fromYear());
        callers().signIn(S_TEACHER);
        assertThrows(NotFoundException.class, () -> selfEducation().change(begun.id(), changed.version(), renamed),
                "another teacher changes nothing");
    }

    @Test
    default void aTopicGoesThroughItsStagesAndItsAssociationSeesIt() {
        callers().signIn(S_TEACHER);
        int before = selfEducation().mine().size();
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> selfEducation().start(new TopicForm()));
        assertEquals(List.of("title", "language", "fromYear", "toYear"),
                empty.problems().stream().map(InvalidInputException.Problem::field).toList());
        int year = AcademicYear.of(LocalDate.now(S_ZONE)).startYear();
        assertSelfRefused("toYear", "selfEducation.years", () -> selfEducation().start(topic(year, year + 5)));
        assertSelfRefused("fromYear", "selfEducation.fromYear", () -> selfEducation().start(topic(year - 3, year)));
        assertEquals(before, selfEducation().mine().size(), "refusals store nothing");
        long id = selfEducation().start(topic(year, year + 1));
        TopicView t = selfEducation().topic(id);
        assertEquals(4, t.stages().size());
        assertEquals(Stage.PREPARATORY, t.currentStage());

        LocalDate today = LocalDate.now(S_ZONE);
        assertSelfRefused("plannedTo", "selfEducation.endsBeforeStart", () -> selfEducation().planStage(id,
                t.version(), Stage.PREPARATORY, today, today.minusDays(1)));
        selfEducation().planStage(id, t.version(), Stage.PREPARATORY, today.minusDays(30), today);
        TopicView planned = selfEducation().topic(id);
        assertEquals(today, planned.stages().get(0).plannedTo());
        assertSelfRefused("doneOn", "selfEducation.previousStageOpen", () -> selfEducation().completeStage(id,
                planned.version(), Stage.DIAGNOSTIC, today, null));
        assertSelfRefused("doneOn", "attestation.inFuture", () -> selfEducation().completeStage(id, planned.version(),
                Stage.PREPARATORY, today.plusDays(1), null));
        selfEducation().completeStage(id, planned.version(), Stage.PREPARATORY, today, "Әдебиет зерделенді");
        TopicView done = selfEducation().topic(id);
        assertEquals(Stage.DIAGNOSTIC, done.currentStage());
        assertEquals(1, done.stagesDone());

        OutcomeForm talk = new OutcomeForm();
        talk.setStage(Stage.PREPARATORY);
        talk.setKind(OutcomeKind.TALK);
        talk.setHeldOn(today.plusDays(2));
        InvalidInputException badOutcome = assertThrows(InvalidInputException.class,
                () -> selfEducation().addOutcome(id, done.version(), talk));
        assertEquals(List.of("title", "heldOn"),
                badOutcome.problems().stream().map(InvalidInputException.Problem::field).toList());
        talk.setTitle("Бірлестік отырысында баяндама");
        talk.setHeldOn(today);
        // Naming a meeting: one must be chosen, and it must be one the cabinet recorded as the teacher's (this
        // deployment has no events module: nothing is recorded, so every number is refused and none offered).
        talk.setLinkKind(OutcomeLink.MEETING);
        assertSelfRefused("linkRef", "field.required", () -> selfEducation().addOutcome(id, done.version(), talk));
        talk.setLinkRef(1L);
        assertSelfRefused("linkRef", "selfEducation.linkUnknown",
                () -> selfEducation().addOutcome(id, done.version(), talk));
        assertEquals(List.of(), selfEducation().linkChoices(id, OutcomeLink.MEETING));
        assertTrue(selfEducation().topic(id).stages().get(0).outcomes().isEmpty(), "refusals store nothing");
        talk.setLinkKind(null);
        talk.setLinkRef(null);
        long outcome = selfEducation().addOutcome(id, done.version(), talk);
        assertEquals(List.of(outcome), selfEducation().topic(id).stages().get(0).outcomes().stream()
                .map(TopicView.OutcomeView::id).toList());

        long staffId = db().staffIdOf(S_TEACHER);
        AssociationRoster association = associations().rosters().stream().filter(r -> r.isMember(staffId)
                && r.headId() != null && r.headId() != staffId).findFirst().orElseThrow();
        String head = (String) db().rows("SELECT a.USERNAME FROM ACCOUNT a JOIN STAFF_MEMBER m ON m.ACCOUNT_ID = a.ID"
                + " WHERE m.ID = ?", association.headId()).get(0).get(0);
        callers().signIn(head);
        TopicView seen = selfEducation().ofAssociation(association.id()).stream().filter(v -> v.id() == id)
                .findFirst().orElseThrow();
        assertEquals(1, seen.stagesDone(), "the head sees the progress");
        assertFalse(seen.mine());
        callers().signIn(S_METHODOLOGIST);
        assertEquals(Stage.DIAGNOSTIC, selfEducation().topic(id).currentStage());
        callers().signIn(S_OTHER);
        assertThrows(NotFoundException.class, () -> selfEducation().topic(id), "another teacher sees nothing");
        assertThrows(NotFoundException.class, () -> selfEducation().ofAssociation(association.id()));
        assertThrows(NotFoundException.class, () -> selfEducation().removeOutcome(outcome));
        assertThrows(NotFoundException.class, () -> selfEducation().linkChoices(id, OutcomeLink.EVENT),
                "nor what the topic's owner did");
        callers().signIn(S_OTHER_SCHOOL);
        assertThrows(NotFoundException.class, () -> selfEducation().topic(id), "nor another school");
        callers().signIn(S_TEACHER);
        selfEducation().removeOutcome(outcome);
        assertTrue(selfEducation().topic(id).stages().get(0).outcomes().isEmpty());
    }

    private static TopicForm topic(int from, int to) {
        TopicForm f = new TopicForm();
        f.setTitle("Ағылшын тілі сабағында CLIL әдісі");
        f.setLanguage("kk");
        f.setFromYear(from);
        f.setToYear(to);
        return f;
    }

    private static void assertSelfRefused(String field, String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.problems().get(0).field(), e.problems()::toString);
        assertEquals(key, e.problems().get(0).messageKey(), e.problems()::toString);
    }
}
