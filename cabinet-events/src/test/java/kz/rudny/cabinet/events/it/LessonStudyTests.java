package kz.rudny.cabinet.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityForm;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.LessonStage;
import kz.rudny.cabinet.events.activities.boundary.LessonStudies;
import kz.rudny.cabinet.events.activities.boundary.LessonStudyForm;
import kz.rudny.cabinet.events.activities.boundary.LessonStudyView;
import org.junit.jupiter.api.Test;

/**
 * Lesson Study cycles of a school: a group of 3..5 of its teachers, linked lessons (the school's events of kind
 * LESSON_STUDY_LESSON), seen by the group and the school's methodologist only; another school knows nothing.
 */
interface LessonStudyTests {

    Callers callers();

    TestDatabase db();

    Activities activities();

    LessonStudies lessonStudies();

    Profile profile();

    @Test
    default void aCycleHasAGroupOfThreeToFiveLinkedLessonsAndOnlyItsGroupAndTheMethodologistSeeIt() {
        List<Long> group = new ArrayList<>();
        for (String who : List.of("g3.t03", "g3.t04", "g3.t05", "g3.t06", "g3.t07", "g3.young2")) {
            callers().signIn(who);
            group.add(profile().staffId().orElseThrow());
        }
        callers().signIn("g3.methodologist");
        LessonStudyForm two = form(group.subList(0, 2));
        assertRefused("memberIds", "lessonStudy.groupSize", () -> lessonStudies().create(two));
        LessonStudyForm six = form(group);
        assertRefused("memberIds", "lessonStudy.groupSize", () -> lessonStudies().create(six));
        LessonStudyForm noQuestion = form(group.subList(0, 3));
        noQuestion.setResearchQuestion(" ");
        assertRefused("researchQuestion", "field.required", () -> lessonStudies().create(noQuestion));
        long id = lessonStudies().create(form(group.subList(0, 3)));

        long first = studyLesson("Lesson Study: 1-сабақ (тест)", 80);
        long second = studyLesson("Lesson Study: 2-сабақ (тест)", 87);
        List<Long> choices = lessonStudies().lessonChoices(id).stream().map(LessonStudies.LessonChoice::activityId).toList();
        assertTrue(choices.containsAll(List.of(first, second)), "the school's Lesson Study lessons to choose from");
        assertTrue(choices.indexOf(second) < choices.indexOf(first), "the latest first");
        lessonStudies().addLesson(id, first);
        lessonStudies().addLesson(id, second);
        assertRefused("activityId", "lessonStudy.lessonLinked", () -> lessonStudies().addLesson(id, first));
        assertTrue(lessonStudies().lessonChoices(id).stream().noneMatch(c -> c.activityId() == first
                || c.activityId() == second), "linked lessons are no longer offered");

        callers().signIn("g3.t03");
        lessonStudies().recordLesson(id, 1, LessonStage.DISCUSSED, "С оқушысы тірек-сызбамен жұмыс істеді.");
        LessonStudyView view = lessonStudies().view(id);
        assertTrue(view.member());
        assertEquals(List.of(first, second), view.lessons().stream().map(LessonStudyView.Lesson::activityId).toList());
        assertEquals(LessonStage.DISCUSSED, view.lessons().get(0).stage());
        assertEquals(LessonStage.PLANNED, view.lessons().get(1).stage());
        assertEquals(3, view.members().size());
        assertTrue(lessonStudies().list().stream().anyMatch(s -> s.id() == id));

        callers().signIn("g3.t07");
        assertThrows(NotFoundException.class, () -> lessonStudies().view(id), "a teacher of the school not in the group");
        assertTrue(lessonStudies().list().stream().noneMatch(s -> s.id() == id));

        callers().signIn("s12.methodologist");
        assertThrows(NotFoundException.class, () -> lessonStudies().view(id), "another school");
        assertRefused("activityId", "lessonStudy.notStudyLesson", () -> lessonStudies().addLesson(
                lessonStudies().list().get(0).id(), first));
        assertTrue(lessonStudies().lessonChoices(lessonStudies().list().get(0).id()).stream()
                .noneMatch(c -> c.activityId() == first), "another school's lessons are never offered");
    }

    @Test
    default void everyDemoSchoolHasACycleWithThreeLessonsTheFirstDiscussed() {
        callers().signIn("s7.teacher");
        LessonStudyView demo = lessonStudies().list().stream().filter(s -> s.title().startsWith("Lesson Study"))
                .findFirst().orElseThrow();
        assertEquals(3, demo.lessons().size());
        assertEquals(LessonStage.DISCUSSED, demo.lessons().get(0).stage());
        assertEquals(3, demo.members().size());
        assertEquals(3L, db().number("SELECT COUNT(*) FROM OPEN_LESSON o JOIN ACTIVITY a ON a.ID = o.ACTIVITY_ID"
                + " WHERE a.KIND = 'LESSON_STUDY_LESSON' AND a.OWNER_NAME = '№7 орта мектебі'"),
                "each demo lesson of the cycle has its details (teacher, class, subject, topic, goals)");
    }

    private long studyLesson(String title, int daysAhead) {
        ActivityForm f = new ActivityForm();
        f.setKind(ActivityKind.LESSON_STUDY_LESSON);
        f.setLevel(ActivityLevel.SCHOOL);
        f.setAudience(Audience.SCHOOL);
        f.setTitleKk(title);
        LocalDateTime start = LocalDate.now(ZoneId.of("Asia/Qostanay")).plusDays(daysAhead).atTime(11, 0);
        f.setStartsAt(start);
        f.setEndsAt(start.plusMinutes(45));
        f.setPlace("12-кабинет");
        f.setCapacity(8);
        f.setRegistrationOpensAt(LocalDateTime.now(ZoneId.of("Asia/Qostanay")).minusHours(1));
        f.setRegistrationClosesAt(start);
        return activities().create(f);
    }

    private static LessonStudyForm form(List<Long> members) {
        LessonStudyForm f = new LessonStudyForm();
        f.setTitle("Lesson Study: оқу сауаттылығы");
        f.setResearchQuestion("Жұптық талқылау В оқушысының жауабын қалай жақсартады?");
        f.setAcademicYear(2025);
        f.setMemberIds(members);
        f.setPupilA("А: жоғары деңгей");
        f.setPupilB("В: орта деңгей");
        f.setPupilC("С: төмен деңгей");
        return f;
    }

    private static void assertRefused(String field, String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(field, e.problems().get(0).field(), e.problems().toString());
        assertEquals(key, e.problems().get(0).messageKey());
    }
}
